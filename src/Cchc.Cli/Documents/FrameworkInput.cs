using Cchc.Cli.Reports;
using Cchc.Cli.Shell;
using Cchc.Domain.Scoring;
using Cchc.Domain.Serialization;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Cli.Documents;

/// <summary>Loads the scoring framework that <c>score</c> and <c>validate --framework</c> work with.</summary>
internal static class FrameworkInput
{
    /// <summary>
    /// Reads and validates the framework at <paramref name="path"/>. An input that cannot be read is written to
    /// standard error and gives <see langword="null"/>; otherwise the report (valid or not) and the framework
    /// (<see langword="null"/> when the document is unreadable).
    /// </summary>
    public static (ScoringFramework? Framework, FileReport Report)? Load(CliContext context, string path, JsonReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = InputDocument.Load(path, context.Stdin);
        if (input.Bytes is null)
        {
            context.Fail(input.ErrorEn!, input.ErrorVi!);
            return null;
        }

        var result = FrameworkJson.Read(input.Bytes, options);
        var report = DocumentValidation.Report(input.Name, DocumentKinds.Framework.Name, input.Bytes, new DocumentVerdict(result.IsValid, result.Diagnostics));
        return (result.Value, report);
    }
}
