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
            Description = t.T("The document kind: plan (framework and assessment later).", "Loại tài liệu: plan (framework và assessment sẽ có sau)."),
        };
        kind.AcceptOnlyFromAmong([.. DocumentKinds.Names]);
        var command = new Command("schema", t.T("Print the JSON Schema (draft 2020-12) of a document kind.", "In lược đồ JSON Schema (draft 2020-12) của một loại tài liệu."))
        {
            kind,
        };
        command.SetAction(parse =>
        {
            var found = DocumentKinds.Find(parse.GetValue(kind) ?? string.Empty);
            if (found is not IReadableDocumentKind readable)
            {
                return context.Fail(
                    $"there is no schema for {found?.Name} documents yet: this version of cchc has the plan schema only (cchc schema plan).",
                    $"chưa có lược đồ cho tài liệu loại {found?.Name}: phiên bản cchc này chỉ có lược đồ kế hoạch (cchc schema plan).");
            }

            context.Stdout.Write(readable.Schema);
            return ExitCodes.Success;
        });
        return command;
    }
}
