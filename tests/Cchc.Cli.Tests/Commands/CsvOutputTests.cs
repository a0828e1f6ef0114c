using System.Text;
using Cchc.Cli.Tests.Support;

namespace Cchc.Cli.Tests.Commands;

/// <summary>
/// The CSV of <c>matrix</c> and <c>score</c> as spreadsheets read it: UTF-8 with a byte-order mark (Excel
/// reads Vietnamese as mojibake without one), RFC 4180 quoting, and no cell that a spreadsheet would run
/// as a formula.
/// </summary>
public sealed class CsvOutputTests
{
    [Fact]
    public void Matrix_csv_quotes_commas_quotes_and_line_breaks_and_defuses_formulas()
    {
        var plan = TestDocuments.ValidPlanNode();
        var units = plan["units"]!.AsArray();
        units[0]!["name"] = "=HYPERLINK(\"http://example.com\",\"Sở\")";
        units[1]!["name"] = "@SUM(1+1)";
        plan["areas"]![0]!["title"] = "Cải cách \"thể chế\", pháp luật\nvà TTHC";

        var run = CliRun.WithStdin(plan.ToJsonString(), "matrix", "-", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("\uFEFFunitId,unitName,scope,itemId,itemTitle,role\r\n", run.Stdout, StringComparison.Ordinal);
        var rows = Rfc4180(run.Stdout[1..]);
        Assert.All(rows, r => Assert.Equal(6, r.Count));
        var names = rows.Skip(1).Select(r => r[1]).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("'=HYPERLINK(\"http://example.com\",\"Sở\")", names);
        Assert.Contains("'@SUM(1+1)", names);
        Assert.DoesNotContain(rows.Skip(1).SelectMany(r => r), c => c.Length > 0 && "=+-@\t\r".Contains(c[0], StringComparison.Ordinal));
        Assert.Contains(rows, r => r[4].EndsWith(". Cải cách \"thể chế\", pháp luật\nvà TTHC", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_csv_starts_with_a_byte_order_mark_and_keeps_negative_numbers_as_numbers()
    {
        var run = CliRun.InProcess(
            "score", RepositoryPaths.SampleFramework, Path.Combine(RepositoryPaths.SampleScoring, "assessment-2025-ctk.json"), "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("\uFEFFfile,unitCode,", run.Stdout, StringComparison.Ordinal);
        var rows = Rfc4180(run.Stdout[1..]);
        var difference = rows[1][rows[0].IndexOf("difference")];
        Assert.Equal("-3.14", difference);
    }

    [Fact]
    public void The_byte_order_mark_reaches_the_bytes_of_a_real_process()
    {
        var plan = Path.Combine(RepositoryPaths.SamplePlans, "001-khcn-2022.json");

        var run = ProcessRunner.Run("sh", ["-c", "exec dotnet \"$0\" matrix \"$1\" --format csv | od -An -tx1 -N6", Path.Combine(AppContext.BaseDirectory, "cchc.dll"), plan]);

        Assert.Equal("ef bb bf 75 6e 69", run.Stdout.Trim());
    }

    /// <summary>A strict RFC 4180 reader: CRLF rows, quoted cells with doubled quotes.</summary>
    private static List<List<string>> Rfc4180(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                Assert.NotEqual('"', c);
                Assert.NotEqual('\n', c);
                cell.Append(c);
            }
        }

        Assert.Empty(row);
        Assert.Equal(0, cell.Length);
        return rows;
    }
}
