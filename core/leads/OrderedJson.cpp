#include "OrderedJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace peyvand::leads::detail {

namespace {

QByteArray quoted(const QString& text)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray inlineText(const Node& node)
{
    switch (node.kind) {
    case Node::Kind::Number: return QByteArray::number(node.number);
    case Node::Kind::Text: return quoted(node.text);
    case Node::Kind::Object:
    case Node::Kind::Array: {
        const bool object = node.kind == Node::Kind::Object;
        QByteArray out(object ? "{" : "[");
        for (size_t i = 0; i < node.values.size(); ++i) {
            if (i > 0)
                out += ", ";
            if (object)
                out += quoted(node.keys[i]) + ": ";
            out += inlineText(node.values[i]);
        }
        return out + (object ? "}" : "]");
    }
    }
    return {};
}

void write(const Node& node, int indent, QByteArray& out)
{
    const bool flat = std::all_of(node.values.begin(), node.values.end(), [](const Node& n) { return n.isScalar(); });
    if (node.isScalar() || flat) {
        const QByteArray text = inlineText(node);
        if (node.isScalar() || text.size() + indent <= 100) {
            out += text;
            return;
        }
    }
    const bool object = node.kind == Node::Kind::Object;
    const QByteArray pad(indent + 2, ' ');
    out += object ? "{\n" : "[\n";
    for (size_t i = 0; i < node.values.size(); ++i) {
        out += pad;
        if (object)
            out += quoted(node.keys[i]) + ": ";
        write(node.values[i], indent + 2, out);
        out += i + 1 < node.values.size() ? ",\n" : "\n";
    }
    out += QByteArray(indent, ' ') + (object ? "}" : "]");
}

} // namespace

QByteArray writeJson(const Node& root)
{
    QByteArray out;
    write(root, 0, out);
    return out + '\n';
}

} // namespace peyvand::leads::detail
