using System.CommandLine;
using Cchc.Cli.Documents;
using Cchc.Cli.Shell;

namespace Cchc.Cli.Commands;

/// <summary><c>cchc schema &lt;kind&gt;</c>: prints the JSON Schema of a document kind, as embedded in the library.</summary>
internal sealed class SchemaCommand : ICliCommand
{
    public Command Build(CliContext context, Option<string> languageOption)
    {
        var t = context.Language;
        var kind = new Argument<string>("kind")
        {
            Description = t.T("The document kind: plan, framework or assessment.", "Loại tài liệu: plan, framework hoặc assessment."),
        };
        kind.AcceptOnlyFromAmong([.. DocumentKinds.Names]);
        var command = new Command("schema", t.T("Print the JSON Schema (draft 2020-12) of a document kind.", "In lược đồ JSON Schema (draft 2020-12) của một loại tài liệu."))
        {
            kind,
        };
        command.SetAction(parse =>
        {
            var found = DocumentKinds.Find(parse.GetValue(kind) ?? string.Empty);
            if (found is null)
            {
                return context.Fail(
                    $"there is no schema for {parse.GetValue(kind)} documents; the kinds are {string.Join(", ", DocumentKinds.Names)}.",
                    $"không có lược đồ cho tài liệu loại {parse.GetValue(kind)}; các loại là {string.Join(", ", DocumentKinds.Names)}.");
            }

            context.Stdout.Write(found.Schema);
            return ExitCodes.Success;
        });
        return command;
    }
}
