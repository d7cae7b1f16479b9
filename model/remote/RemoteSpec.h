#pragma once

#include <QString>

namespace wfs::remote {

// Where a remote keeps its objects: an S3 bucket (and a prefix in it) or a shared folder with
// the same layout.
struct Location
{
    enum class Kind { S3, File };
    Kind kind = Kind::S3;
    QString bucket; // S3
    QString prefix; // S3: "" or "team/x" (no leading or trailing '/')
    QString path;   // File: absolute folder

    // s3://BUCKET[/PREFIX] or file:///PATH; anything else is a usage error.
    static Location parse(const QString &url);
};

// A remote as the workspace records it. No credentials: those come from the environment and
// ~/.aws at the moment of use, so a secret is never written into the workspace.
struct RemoteSpec
{
    QString name;
    QString url;
    QString endpointUrl; // "" = AWS itself
    QString region;      // "" = from the environment or ~/.aws/config
    bool isDefault = false;

    Location location() const { return Location::parse(url); }

    // Usage errors naming the field for a bad name, URL, endpoint or region.
    void validate() const;
};

} // namespace wfs::remote
