#include "JsonLine.h"

#include <QJsonDocument>

#include <cstdio>

namespace peyvand::bench {

void printJsonLine(const QJsonObject& object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void progress(const QString& message)
{
    const QByteArray text = message.toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

} // namespace peyvand::bench
