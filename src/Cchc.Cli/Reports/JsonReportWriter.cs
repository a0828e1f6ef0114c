using System.Text.Encodings.Web;
using System.Text.Json;
using Cchc.Cli.Shell;
using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;

namespace Cchc.Cli.Reports;

/// <summary>The machine format: one JSON object with a verdict and every diagnostic of every file (see docs/cli.md).</summary>
internal sealed class JsonReportWriter : IReportWriter
{
    public void Write(IReadOnlyList<FileReport> reports, TextWriter output, Language language)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("tool", ToolInfo.Name);
            json.WriteString("version", ToolInfo.Version);
            json.WriteBoolean("valid", reports.All(r => r.IsValid));
            json.WriteStartArray("files");
            foreach (var report in reports)
            {
                WriteFile(json, report, language);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
    }

    private static void WriteFile(Utf8JsonWriter json, FileReport report, Language language)
    {
        json.WriteStartObject();
        json.WriteString("file", report.Name);
        WriteStringOrNull(json, "kind", report.Kind);
        json.WriteBoolean("valid", report.IsValid);
        WriteStringOrNull(json, "ioError", report.HasIoError ? language.T(report.IoErrorEn!, report.IoErrorVi!) : null);
        json.WriteNumber("errorCount", report.ErrorCount);
        json.WriteNumber("warningCount", report.WarningCount);
        json.WriteStartArray("diagnostics");
        foreach (var located in report.Diagnostics)
        {
            var d = located.Diagnostic;
            json.WriteStartObject();
            json.WriteString("code", d.Code);
            json.WriteString("severity", SeverityNames.Word(d.Severity));
            json.WriteString("path", d.Path);
            WriteNumberOrNull(json, "line", located.Line);
            WriteNumberOrNull(json, "column", located.Column);
            json.WriteString("title", DiagnosticCatalog.Find(d.Code)?.Title ?? d.Code);
            json.WriteString("message", d.GetMessage(language.Culture));
            WriteStringOrNull(json, "suggestion", d.Suggestion);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
