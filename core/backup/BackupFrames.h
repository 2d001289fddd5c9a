#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>

class QIODevice;

namespace peyvand::backup {

// The payload after the header: a sequence of frames, each "u32 length +
// bytes". Plain frames carry a BLAKE2b tag chained from the header checksum
// and end with a zero-length end marker; encrypted frames are
// crypto_secretstream_xchacha20poly1305 messages, the first bound to the header
// bytes as additional data, the last tagged FINAL (docs/backup-format.md).
class FrameSink final {
public:
    explicit FrameSink(QIODevice& out);
    ~FrameSink();
    FrameSink(const FrameSink&) = delete;
    FrameSink& operator=(const FrameSink&) = delete;

    // Encrypted: starts the secret stream with the 32-byte key and returns
    // the stream header to put in the file header. Call before begin().
    Result<QByteArray> startEncrypted(const QByteArray& streamKey);
    // The file header's bytes, once written: they seed the chain.
    void begin(const QByteArray& headerRaw);
    // One frame of 1..kMaxFrameBytes bytes.
    Status push(QByteArrayView data);
    // The last data (may be empty) and the end marker.
    Status finish(QByteArrayView data);

private:
    struct State;
    std::unique_ptr<State> d;
};

class FrameSource final {
public:
    FrameSource(QIODevice& in, QString fileName);
    ~FrameSource();
    FrameSource(const FrameSource&) = delete;
    FrameSource& operator=(const FrameSource&) = delete;

    // Encrypted: the 32-byte key and the header's stream header.
    Status startEncrypted(const QByteArray& streamKey, const QByteArray& streamHeader);
    void begin(const QByteArray& headerRaw);
    // The next frame's verified payload (possibly empty); std::nullopt once the
    // end marker is read and nothing follows it. Truncation, damage and
    // trailing bytes are backupError()s.
    Result<std::optional<QByteArray>> next();

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace peyvand::backup
