using System.Text.Encodings.Web;
using System.Text.Json;
using Cchc.Cli.Shell;
using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;

namespace Cchc.Cli.Reports;

/// <summary>
/// SARIF 2.1.0, for code-scanning tools: one run whose rules are the diagnostic catalogue, one result
/// per diagnostic located by line and column (<c>columnKind</c> <c>unicodeCodePoints</c>), with the JSON
/// Pointer in the result's properties.
/// </summary>
internal sealed class SarifReportWriter : IReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public void Write(IReadOnlyList<FileReport> reports, TextWriter output, Language language)
    {
        var rules = DiagnosticCatalog.All;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);

            // Columns count characters (code points), as in the text and JSON formats; SARIF's default is UTF-16 code units.
            json.WriteString("columnKind", "unicodeCodePoints");
            WriteInvocation(json, reports, language);
            json.WriteStartArray("results");
            foreach (var report in reports)
            {
                foreach (var located in report.Diagnostics)
                {
                    WriteResult(json, report, located, rules, language);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<DiagnosticInfo> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("informationUri", ToolInfo.InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Code);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", SeverityNames.SarifLevel(rule.Severity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, IReadOnlyList<FileReport> reports, Language language)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", !reports.Any(r => r.HasIoError));
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var report in reports.Where(r => r.HasIoError))
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            json.WriteStartObject("message");
            json.WriteString("text", language.T(report.IoErrorEn!, report.IoErrorVi!));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, FileReport report, LocatedDiagnostic located, IReadOnlyList<DiagnosticInfo> rules, Language language)
    {
        var d = located.Diagnostic;
        json.WriteStartObject();
        json.WriteString("ruleId", d.Code);
        var ruleIndex = rules.Select(r => r.Code).ToList().IndexOf(d.Code);
        if (ruleIndex >= 0)
        {
            json.WriteNumber("ruleIndex", ruleIndex);
        }

        json.WriteString("level", SeverityNames.SarifLevel(d.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", d.GetMessage(language.Culture));
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ArtifactUri(report.Name));
        json.WriteEndObject();
        if (located.Line is { } line)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", line);
            json.WriteNumber("startColumn", located.Column ?? 1);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("properties");
        json.WriteString("jsonPointer", d.Path);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// An RFC 3986 URI reference naming the file as given: a relative path stays relative, an absolute one
    /// becomes a <c>file:</c> URI; each segment percent-encoded (<see cref="Uri.EscapeDataString(string)"/>).
    /// Only the platform's separators separate segments: on Linux a backslash is part of a file name and is
    /// written <c>%5C</c>, where <see cref="Uri"/> would turn it into '/', naming another file.
    /// </summary>
    internal static string ArtifactUri(string name) => ArtifactUri(name, Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar, Path.IsPathFullyQualified(name));

    /// <summary><see cref="ArtifactUri(string)"/> with the platform's conventions given (tests check Windows paths on Linux).</summary>
    internal static string ArtifactUri(string name, char separator, char altSeparator, bool fullyQualified)
    {
        if (string.Equals(name, Documents.InputDocument.StdinName, StringComparison.Ordinal))
        {
            return "stdin";
        }

        var segments = name.Split(separator == altSeparator ? [separator] : [separator, altSeparator]);
        if (!fullyQualified)
        {
            return string.Join('/', segments.Select(Uri.EscapeDataString));
        }

        // Windows: "C:\x" → file:///C:/x, "\\server\share\x" → file://server/share/x. Unix: "/x" → file:///x.
        if (segments.Length > 2 && segments[0].Length == 0 && segments[1].Length == 0 && separator == '\\')
        {
            return "file://" + Uri.EscapeDataString(segments[2]) + "/" + string.Join('/', segments.Skip(3).Select(Uri.EscapeDataString));
        }

        var escaped = segments.Select((segment, i) => i == 0 && segment is [_, ':'] && char.IsAsciiLetter(segment[0]) ? segment : Uri.EscapeDataString(segment));
        var path = string.Join('/', escaped);
        return "file://" + (path.StartsWith('/') ? path : "/" + path);
    }
}
