using System.CommandLine;
using Cchc.Cli.Shell;

namespace Cchc.Cli.Commands;

/// <summary>One command of the tool. Commands are listed in <see cref="CommandCatalog"/>.</summary>
internal interface ICliCommand
{
    /// <summary>Builds the command, with its help in the context's language and its action bound to the context.</summary>
    Command Build(CliContext context, Option<string> languageOption);
}
