using Cchc.Cli.Shell;

namespace Cchc.Cli.Reports;

/// <summary>Writes the reports of a validation run in one output format.</summary>
internal interface IReportWriter
{
    void Write(IReadOnlyList<FileReport> reports, TextWriter output, Language language);
}
