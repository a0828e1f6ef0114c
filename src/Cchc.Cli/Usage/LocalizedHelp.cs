using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Cchc.Cli.Shell;

namespace Cchc.Cli.Usage;

/// <summary>The action of <c>--help</c> (and <c>-h</c>, <c>-?</c>): the <see cref="HelpText"/> of the command it follows, in the run's language.</summary>
internal sealed class LocalizedHelp : SynchronousCommandLineAction
{
    private readonly Language _language;
    private readonly TextWriter _output;

    private LocalizedHelp(Language language, TextWriter output)
    {
        _language = language;
        _output = output;
    }

    /// <summary>Like System.CommandLine's help: <c>cchc validate --help</c> shows help even though no file is given.</summary>
    public override bool ClearsParseErrors => true;

    /// <summary>Makes the root's <c>--help</c> and <c>--version</c> speak the run's language.</summary>
    public static void Install(RootCommand root, Language language, TextWriter output)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Description = language.T("Show help and usage information.", "Hiện trợ giúp và cách dùng.");
        help.Action = new LocalizedHelp(language, output);
        root.Options.OfType<VersionOption>().Single().Description = language.T("Show version information.", "Hiện thông tin phiên bản.");
    }

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        HelpText.Write(parseResult.CommandResult.Command, _language, _output);
        return ExitCodes.Success;
    }
}
