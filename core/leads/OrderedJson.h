#pragma once

// Used by ScoringProfileJson.cpp; not part of the API.

#include <QByteArray>
#include <QString>

#include <vector>

namespace peyvand::leads::detail {

// An ordered JSON value: QJsonObject sorts its keys, which would put
// "authority" before "version" and "name".
struct Node {
    enum class Kind { Number, Text, Object, Array };
    Kind kind = Kind::Number;
    qint64 number = 0;
    QString text;
    std::vector<QString> keys;  // Object
    std::vector<Node> values;   // Object and Array

    static Node of(qint64 n) { return Node { Kind::Number, n, {}, {}, {} }; }
    static Node of(const QString& t) { return Node { Kind::Text, 0, t, {}, {} }; }
    static Node object() { return Node { Kind::Object, 0, {}, {}, {} }; }
    static Node array() { return Node { Kind::Array, 0, {}, {}, {} }; }
    Node& add(const char* key, Node value)
    {
        keys.push_back(QString::fromLatin1(key));
        values.push_back(std::move(value));
        return *this;
    }
    Node& add(const QString& key, Node value)
    {
        keys.push_back(key);
        values.push_back(std::move(value));
        return *this;
    }
    Node& append(Node value)
    {
        values.push_back(std::move(value));
        return *this;
    }
    bool isScalar() const { return kind == Kind::Number || kind == Kind::Text; }
};

// Indented JSON in the nodes' order; objects and arrays of plain values
// stay on one line when it is short.
QByteArray writeJson(const Node& root);

} // namespace peyvand::leads::detail
