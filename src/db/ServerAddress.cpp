#include "ServerAddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <libpq-fe.h>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ServerAddress", text);
}

// A value for QPSQL's connect options: libpq's quoting, since the driver passes them on as they are.
QString quoted(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + value + u'\'';
}
} // namespace

bool ServerAddress::isServerUrl(const QString &text)
{
    static const QRegularExpression url(QStringLiteral("^postgres(ql)?://"),
                                        QRegularExpression::CaseInsensitiveOption);
    return url.match(text).hasMatch();
}

ServerAddress ServerAddress::parse(const QString &uri)
{
    ServerAddress address;
    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(uri.toUtf8().constData(), &message);
    if (!options) {
        // libpq's own words; it does not repeat the URI (nor a password in it).
        address.m_error = tr("Not a PostgreSQL connection URI: %1")
                              .arg(message ? QString::fromUtf8(message).trimmed() : tr("out of memory"));
        PQfreemem(message);
        return address;
    }
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString key = QString::fromLatin1(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (key == u"password") {
            address.m_error = tr("The database URI carries a password. Packline does not take passwords on "
                                 "the command line or in settings: put it in ~/.pgpass (or the file "
                                 "PGPASSFILE names, or a service file) and leave it out of the URI.");
        } else if (key == u"host") {
            address.m_host = value;
        } else if (key == u"port") {
            bool ok = false;
            address.m_port = value.toInt(&ok);
            if (!ok)
                address.m_error = tr("The database URI's port is not a number: %1").arg(value);
        } else if (key == u"dbname") {
            address.m_database = value;
        } else if (key == u"user") {
            address.m_user = value;
        } else {
            address.m_options.append({key, value});
        }
    }
    PQconninfoFree(options);
    return address;
}

QString ServerAddress::connectOptions() const
{
    QStringList parts;
    bool timeout = false;
    for (const auto &[key, value] : m_options) {
        parts << key + u'=' + quoted(value);
        timeout = timeout || key == u"connect_timeout";
    }
    // libpq waits for an unanswering host as long as TCP does (minutes): a station connecting
    // again after a lost link would hang its window that long. The URI may say otherwise.
    if (!timeout)
        parts << QStringLiteral("connect_timeout=5");
    return parts.join(u';');
}

void ServerAddress::applyTo(QSqlDatabase &db) const
{
    db.setHostName(m_host);
    if (m_port > 0)
        db.setPort(m_port);
    db.setDatabaseName(m_database);
    db.setUserName(m_user);
    db.setConnectOptions(connectOptions());
}

QString ServerAddress::shown() const
{
    const QString host = m_host.isEmpty() ? QStringLiteral("localhost") : m_host;
    const int port = m_port > 0 ? m_port : 5432;
    const QString database = m_database.isEmpty() ? m_user : m_database;
    return QStringLiteral("%1:%2/%3").arg(host).arg(port).arg(database);
}

QString ServerAddress::uri() const
{
    const auto encoded = [](const QString &s) {
        return QString::fromLatin1(QUrl::toPercentEncoding(s));
    };
    QStringList query;
    if (!m_host.isEmpty())
        query << QStringLiteral("host=") + encoded(m_host);
    if (m_port > 0)
        query << QStringLiteral("port=%1").arg(m_port);
    if (!m_user.isEmpty())
        query << QStringLiteral("user=") + encoded(m_user);
    for (const auto &[key, value] : m_options)
        query << key + u'=' + encoded(value);
    QString text = QStringLiteral("postgresql:///") + encoded(m_database);
    if (!query.isEmpty())
        text += u'?' + query.join(u'&');
    return text;
}

ServerAddress ServerAddress::withDatabase(const QString &database) const
{
    ServerAddress other = *this;
    other.m_database = database;
    return other;
}
