using Cchc.Cli.Reports;
using Cchc.Cli.Shell;
using Cchc.Domain.Plans;
using Cchc.Domain.Serialization;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Cli.Documents;

/// <summary>Loads the one plan a command works on (matrix, and later calendar or score), reporting problems on standard error.</summary>
internal static class PlanInput
{
    /// <summary>Reads the plan at <paramref name="path"/>; on failure writes why and sets <paramref name="exitCode"/> (2 for I/O, 1 for an unreadable plan).</summary>
    /// <returns>The plan, or <see langword="null"/> when it could not be read.</returns>
    public static Plan? Load(CliContext context, string path, out int exitCode)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = InputDocument.Load(path, context.Stdin);
        if (input.Bytes is null)
        {
            exitCode = context.Fail(input.ErrorEn!, input.ErrorVi!);
            return null;
        }

        var result = PlanJson.Read(input.Bytes);
        var report = DocumentValidation.Report(input.Name, DocumentKinds.Plan.Name, input.Bytes, new DocumentVerdict(result.IsValid, result.Diagnostics));
        if (result.Plan is not { } plan)
        {
            new TextReportWriter().Write([report], context.Stderr, context.Language);
            context.Fail($"{input.Name} is not a readable plan; fix the errors above (cchc validate {path}).",
                $"{input.Name} không phải kế hoạch đọc được; hãy sửa các lỗi trên (cchc validate {path}).");
            exitCode = ExitCodes.Invalid;
            return null;
        }

        if (!report.IsValid)
        {
            context.Stderr.WriteLine("cchc: " + context.Language.T(
                $"{input.Name} has {report.ErrorCount} errors; the output may be incomplete (cchc validate {path}).",
                $"{input.Name} có {report.ErrorCount} lỗi; kết quả có thể chưa đầy đủ (cchc validate {path})."));
        }

        exitCode = report.IsValid ? ExitCodes.Success : ExitCodes.Invalid;
        return plan;
    }
}
