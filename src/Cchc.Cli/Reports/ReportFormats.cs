using System.CommandLine;
using Cchc.Cli.Shell;

namespace Cchc.Cli.Reports;

/// <summary>The <c>--format</c> option of <c>validate</c> and the writer of each format.</summary>
internal static class ReportFormats
{
    public static Option<string> Option(Language t)
    {
        var format = new Option<string>("--format")
        {
            Description = t.T("Output format: text (default), json or sarif (SARIF 2.1.0).", "Định dạng kết quả: text (mặc định), json hoặc sarif (SARIF 2.1.0)."),
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        return format;
    }

    public static IReportWriter Writer(string? format) => format switch
    {
        "json" => new JsonReportWriter(),
        "sarif" => new SarifReportWriter(),
        _ => new TextReportWriter(),
    };
}
