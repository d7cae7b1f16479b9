#include "app/cli/Cli.h"

#include "model/core/AppIdentity.h"
#include "model/core/Error.h"
#include "model/core/Translations.h"

#include <QCoreApplication>
#include <csignal>
#include <cstdio>

using namespace wfs;
using namespace wfs::cli;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wfs::cli)
};

std::vector<Command> allCommands()
{
    std::vector<Command> all;
    for (auto part : {taskCommands(), recordCommands(), runCommands(), graphCommands(), versionCommands(), bakeCommands(), inspectCommands(),
                      liveCommands(), exportCommands(), evalCommands(), remoteCommands()})
        all.insert(all.end(), part.begin(), part.end());
    return all;
}

const std::vector<OptionSpec> &globalOptions()
{
    static const std::vector<OptionSpec> options{
        {QStringLiteral("workspace"), QStringLiteral("DIR"),
         Text::tr("the workspace folder (default: $WFS_WORKSPACE, else the user's default workspace); "
            "created on first use")},
        {QStringLiteral("help"), QString(), Text::tr("show this help")},
    };
    return options;
}

QString optionLines(const std::vector<OptionSpec> &options)
{
    QString text;
    for (const OptionSpec &o : options) {
        QString left = (o.shortName.isNull() ? QStringLiteral("  --") : QStringLiteral("  -") + o.shortName + QStringLiteral(", --"))
            + o.name;
        if (!o.valueName.isEmpty())
            left += u' ' + o.valueName;
        if (o.repeatable)
            left += QStringLiteral("...");
        text += left.leftJustified(26) + u' ' + o.help + u'\n';
    }
    return text;
}

QString mainHelp(const std::vector<Command> &commands)
{
    QString text = Text::tr("Usage: wfs COMMAND [options]\n\n"
                      "Records what programs read and wrote into a Workflow Studio workspace, which the\n"
                      "wfstudio window shows as a graph.\n\nCommands:\n");
    for (const Command &c : commands)
        text += QStringLiteral("  ") + c.name.leftJustified(14) + u' ' + c.summary + u'\n';
    text += Text::tr("\nOptions of every command:\n") + optionLines(globalOptions());
    text += Text::tr("\n'wfs COMMAND --help' describes a command. Errors are one line on stderr; the exit\n"
               "code is 2 for bad usage and 1 for other failures.\n");
    return text;
}

QString commandHelp(const Command &c)
{
    return Text::tr("Usage: wfs %1\n\n%2\n\nOptions:\n").arg(c.usage, c.description)
           + optionLines(c.options) + optionLines(globalOptions());
}

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
}

int dispatch(QStringList arguments)
{
    std::vector<Command> commands = allCommands();
    // "wfs --workspace DIR COMMAND ..." is the same as "wfs COMMAND ... --workspace DIR".
    QStringList leading;
    while (!arguments.isEmpty() && arguments.front().startsWith(QStringLiteral("--workspace"))) {
        leading << arguments.takeFirst();
        if (!leading.back().contains(u'=') && !arguments.isEmpty())
            leading << arguments.takeFirst();
    }
    if (arguments.isEmpty() || arguments.front() == u"--help" || arguments.front() == u"-h"
        || arguments.front() == u"help") {
        if (arguments.size() > 1 && arguments.front() == u"help")
            arguments = arguments.mid(1) << QStringLiteral("--help");
        else {
            print(stdout, mainHelp(commands));
            return arguments.isEmpty() ? 2 : 0;
        }
    }
    if (arguments.front() == u"--version") {
        print(stdout, QStringLiteral("wfs %1\n").arg(QCoreApplication::applicationVersion()));
        return 0;
    }

    QString name = arguments.takeFirst();
    // Two-word commands: "task start", "version create", "store gc", ...
    const bool group = std::any_of(commands.begin(), commands.end(),
                                   [&](const Command &c) { return c.name.startsWith(name + u' '); });
    // "eval" is a command of its own as well as the group of "eval compare".
    const bool plain = std::any_of(commands.begin(), commands.end(), [&](const Command &c) { return c.name == name; });
    const bool sub = !arguments.isEmpty() && std::any_of(commands.begin(), commands.end(), [&](const Command &c) {
        return c.name == name + u' ' + arguments.front();
    });
    if (group && (sub || !plain)) {
        if (arguments.isEmpty() || arguments.front().startsWith(u'-')) {
            QStringList subcommands;
            for (const Command &c : commands) {
                if (c.name.startsWith(name + u' '))
                    subcommands << c.name.mid(name.size() + 1);
            }
            throw Error::usage(Text::tr("wfs %1 needs %2 (see wfs --help)").arg(name, subcommands.join(Text::tr(" or "))));
        }
        name += u' ' + arguments.takeFirst();
    }
    for (Command &hidden : hiddenCommands())
        commands.push_back(std::move(hidden));
    const auto command = std::find_if(commands.begin(), commands.end(),
                                      [&](const Command &c) { return c.name == name; });
    if (command == commands.end())
        throw Error::usage(Text::tr("'%1' is not a wfs command (see wfs --help)").arg(name));

    const Args args(leading + arguments, command->options + globalOptions());
    if (args.has(QStringLiteral("help"))) {
        print(stdout, commandHelp(*command));
        return 0;
    }
    Cli cli(args);
    return command->run(cli, args);
}

} // namespace

int main(int argc, char *argv[])
{
    // A reader that goes away (wfs run ... | head) must not kill wfs before it records the
    // task's end; writes then fail with EPIPE instead. The runner restores it for children.
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    installTranslations(uiLocale()); // LANG=de_DE.UTF-8: help, messages and errors in German
    try {
        return dispatch(app.arguments().mid(1));
    } catch (const Error &e) {
        print(stderr, QStringLiteral("wfs: %1\n").arg(e.message()));
        return e.kind() == Error::Kind::Usage ? 2 : 1;
    } catch (const std::exception &e) {
        print(stderr, QStringLiteral("wfs: %1\n").arg(QString::fromLocal8Bit(e.what())));
        return 1;
    }
}
