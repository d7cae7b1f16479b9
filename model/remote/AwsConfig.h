#pragma once

#include "model/remote/RemoteSpec.h"
#include "model/remote/SigV4.h"

namespace wfs::remote {

struct Access
{
    Credentials credentials;
    QByteArray region;
};

// Credentials and region the way every S3 tool takes them: AWS_ACCESS_KEY_ID,
// AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN; else the profile (AWS_PROFILE, else "default") in
// ~/.aws/credentials and ~/.aws/config (AWS_SHARED_CREDENTIALS_FILE, AWS_CONFIG_FILE move them).
// Region: the remote's own --region, AWS_REGION, AWS_DEFAULT_REGION, the profile's region,
// us-east-1. Errors name the remote and the file, never a secret.
Access resolveAccess(const RemoteSpec &remote);

} // namespace wfs::remote
