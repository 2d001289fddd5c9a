#include "Passphrase.h"

#include <QCoreApplication>

#include <cstdio>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#endif

namespace peyvand::cli {

namespace {

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDIN_FILENO) == 1;
#elif defined(Q_OS_WIN)
    return ::_isatty(_fileno(stdin)) != 0;
#else
    return false;
#endif
}

// Switches terminal echo off for its lifetime.
class EchoOff {
public:
    EchoOff()
    {
#ifdef Q_OS_UNIX
        if (::tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#elif defined(Q_OS_WIN)
        m_handle = ::GetStdHandle(STD_INPUT_HANDLE);
        if (::GetConsoleMode(m_handle, &m_saved))
            m_active = ::SetConsoleMode(m_handle, m_saved & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_UNIX
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#elif defined(Q_OS_WIN)
        if (m_active)
            ::SetConsoleMode(m_handle, m_saved);
#endif
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    bool m_active = false;
#ifdef Q_OS_UNIX
    termios m_saved {};
#elif defined(Q_OS_WIN)
    HANDLE m_handle = nullptr;
    DWORD m_saved = 0;
#endif
};

// One line from the terminal, without echo; false at end of input.
bool promptLine(QTextStream& err, const QString& prompt, QString& line)
{
    err << prompt;
    err.flush();
    std::string bytes;
    bool got = false;
    {
        EchoOff quiet;
        int c = 0;
        while ((c = std::fgetc(stdin)) != EOF) {
            got = true;
            if (c == '\n')
                break;
            bytes.push_back(char(c));
        }
    }
    err << u'\n';
    err.flush();
    if (!bytes.empty() && bytes.back() == '\r')
        bytes.pop_back();
    line = QString::fromStdString(bytes);
    std::fill(bytes.begin(), bytes.end(), '\0');
    return got;
}

} // namespace

Result<QString> obtainPassphrase(QTextStream& err, bool confirm)
{
    const QString field = QStringLiteral("passphrase");
    if (qEnvironmentVariableIsSet(kPassphraseVariable)) {
        const QString value = qEnvironmentVariable(kPassphraseVariable);
        if (value.isEmpty())
            return Error::invalid(field, CliText::tr("%1 is set but empty").arg(QLatin1String(kPassphraseVariable)));
        return value;
    }
    if (!stdinIsTerminal()) {
        return Error::invalid(field, CliText::tr("a passphrase is needed: set %1 or run the command in a terminal to be asked for it")
                                         .arg(QLatin1String(kPassphraseVariable)));
    }
    QString first;
    if (!promptLine(err, CliText::tr("Passphrase: "), first) || first.isEmpty())
        return Error::invalid(field, CliText::tr("no passphrase was typed"));
    if (confirm) {
        QString second;
        if (!promptLine(err, CliText::tr("Passphrase again: "), second) || second != first)
            return Error::invalid(field, CliText::tr("the two passphrases differ"));
    }
    return first;
}

} // namespace peyvand::cli
