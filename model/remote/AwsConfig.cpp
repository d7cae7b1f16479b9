#include "model/remote/AwsConfig.h"

#include "model/core/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

namespace wfs::remote {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::Remote)
};

using Section = QHash<QByteArray, QByteArray>;

// The [section] of an INI file as the AWS tools write it; empty when the file or section is
// absent. Bounded: a file over 1 MB is refused.
std::optional<Section> readSection(const QString &path, const QByteArray &wanted, const QString &remote)
{
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (file.size() > 1024 * 1024 || !file.open(QIODevice::ReadOnly))
        throw Error(Text::tr("remote %1: cannot read %2").arg(remote, path));
    std::optional<Section> found;
    bool inside = false;
    for (QByteArray line : file.readAll().split('\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#') || line.startsWith(';'))
            continue;
        if (line.startsWith('[') && line.endsWith(']')) {
            inside = line.mid(1, line.size() - 2).simplified() == wanted;
            if (inside && !found)
                found = Section{};
            continue;
        }
        const qsizetype eq = line.indexOf('=');
        if (inside && eq > 0)
            found->insert(line.left(eq).trimmed().toLower(), line.mid(eq + 1).trimmed());
    }
    return found;
}

QString awsFile(const char *envName, const char *fileName)
{
    const QString fromEnv = qEnvironmentVariable(envName);
    return fromEnv.isEmpty() ? QDir::homePath() + QLatin1String("/.aws/") + QLatin1String(fileName) : fromEnv;
}
} // namespace

Access resolveAccess(const RemoteSpec &remote)
{
    const QByteArray profile = qEnvironmentVariableIsEmpty("AWS_PROFILE") ? QByteArray("default")
                                                                          : qgetenv("AWS_PROFILE");
    const QString credentialsPath = awsFile("AWS_SHARED_CREDENTIALS_FILE", "credentials");
    const QString configPath = awsFile("AWS_CONFIG_FILE", "config");
    const auto fromCredentials = readSection(credentialsPath, profile, remote.name);
    const auto fromConfig = readSection(configPath, profile == "default" ? profile : "profile " + profile, remote.name);
    if (!qEnvironmentVariableIsEmpty("AWS_PROFILE") && !fromCredentials && !fromConfig)
        throw Error(Text::tr("remote %1: AWS_PROFILE names the profile %2, which neither %3 nor %4 has")
                        .arg(remote.name, QString::fromUtf8(profile), credentialsPath, configPath));

    Access access;
    if (!qEnvironmentVariableIsEmpty("AWS_ACCESS_KEY_ID") && !qEnvironmentVariableIsEmpty("AWS_SECRET_ACCESS_KEY")) {
        access.credentials = {qgetenv("AWS_ACCESS_KEY_ID"), qgetenv("AWS_SECRET_ACCESS_KEY"), qgetenv("AWS_SESSION_TOKEN")};
    } else {
        for (const auto &section : {fromCredentials, fromConfig}) {
            if (section && section->contains("aws_access_key_id") && section->contains("aws_secret_access_key")) {
                access.credentials = {section->value("aws_access_key_id"), section->value("aws_secret_access_key"),
                                      section->value("aws_session_token")};
                break;
            }
        }
    }
    if (access.credentials.accessKeyId.isEmpty() || access.credentials.secretAccessKey.isEmpty())
        throw Error(Text::tr("remote %1: no credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE "
                             "with a profile in %2")
                        .arg(remote.name, credentialsPath));

    access.region = remote.region.toUtf8();
    for (const char *name : {"AWS_REGION", "AWS_DEFAULT_REGION"})
        if (access.region.isEmpty())
            access.region = qgetenv(name);
    if (access.region.isEmpty() && fromConfig)
        access.region = fromConfig->value("region");
    if (access.region.isEmpty())
        access.region = "us-east-1";
    return access;
}

} // namespace wfs::remote
