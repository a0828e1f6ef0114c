using System.Globalization;
using System.Text;
using Cchc.Cli.Tests.Support;

namespace Cchc.Cli.Tests.Schema;

/// <summary>Runs ajv and a C# reader over the same cases and lists every case where a verdict is not the expected one.</summary>
internal static class AgreementCheck
{
    /// <summary>The disagreements, one line each; empty when ajv and the reader give the expected verdicts on every case.</summary>
    /// <param name="schemaPath">The JSON Schema file.</param>
    /// <param name="cases">The documents and their expected verdicts.</param>
    /// <param name="read">The reader's verdict on a document and its errors.</param>
    public static string Disagreements(string schemaPath, IReadOnlyList<AgreementCase> cases, Func<byte[], (bool Valid, string Errors)> read)
    {
        using var temp = new TempDirectory();
        var files = cases.Select((c, i) => temp.Write(string.Create(CultureInfo.InvariantCulture, $"case-{i:D3}.json"), c.Bytes)).ToList();
        var ajv = Ajv.Validate(schemaPath, files);
        var failures = new StringBuilder();
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            var (readerValid, readerErrors) = read(c.Bytes);
            if (ajv[i].Valid != c.SchemaValid || readerValid != c.ReaderValid)
            {
                failures.AppendLine(CultureInfo.InvariantCulture,
                    $"case-{i:D3} {c.Name}: ajv {Word(ajv[i].Valid)} (expected {Word(c.SchemaValid)}; {ajv[i].Errors}), reader {Word(readerValid)} (expected {Word(c.ReaderValid)}; {readerErrors})");
            }
        }

        return failures.ToString();
    }

    private static string Word(bool valid) => valid ? "valid" : "invalid";
}
