using System.Globalization;
using Cchc.Cli.Shell;

namespace Cchc.Cli.Reports;

/// <summary>
/// The human format, one line per diagnostic as compilers write them
/// (<c>file:line:column: error CCHC1002: message [/json/pointer]</c>), then one verdict line per file.
/// </summary>
internal sealed class TextReportWriter : IReportWriter
{
    public void Write(IReadOnlyList<FileReport> reports, TextWriter output, Language language)
    {
        foreach (var report in reports.Where(r => !r.HasIoError))
        {
            WriteFile(report, output, language);
        }

        var read = reports.Count(r => !r.HasIoError);
        var valid = reports.Count(r => r.IsValid);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{language.T("Checked", "Đã kiểm tra")} {read}/{reports.Count}: {valid} {language.T("valid", "hợp lệ")}, {read - valid} {language.T("invalid", "không hợp lệ")}."));
    }

    /// <summary>Writes one file's diagnostics, one line each, and its verdict line.</summary>
    public static void WriteFile(FileReport report, TextWriter output, Language language)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(language);
        foreach (var located in report.Diagnostics)
        {
            var d = located.Diagnostic;
            var where = located.Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"{report.Name}:{line}:{located.Column}") : report.Name;
            var pointer = d.Path.Length == 0 ? string.Empty : $" [{d.Path}]";
            output.WriteLine($"{where}: {SeverityNames.Word(d.Severity)} {d.Code}: {d.GetMessage(language.Culture)}{pointer}");
        }

        var verdict = language.IsVietnamese
            ? $"{KindVi(report.Kind)} {(report.IsValid ? "hợp lệ" : "không hợp lệ")}"
            : $"{(report.IsValid ? "valid" : "invalid")} {report.Kind}";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Name}: {verdict} ({language.Count(report.ErrorCount, "error", "errors", "lỗi")}, {language.Count(report.WarningCount, "warning", "warnings", "cảnh báo")})"));
    }

    /// <summary>The document kind in Vietnamese: "kế hoạch hợp lệ", not "hợp lệ plan".</summary>
    private static string? KindVi(string? kind) => kind switch
    {
        "plan" => "kế hoạch",
        "framework" => "bộ chỉ số",
        "assessment" => "phiếu đánh giá",
        _ => kind,
    };
}
