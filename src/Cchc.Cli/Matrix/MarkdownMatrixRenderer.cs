using Cchc.Cli.Shell;

namespace Cchc.Cli.Matrix;

/// <summary>GitHub-flavoured Markdown: a heading and a table per matrix, then the gaps as lists.</summary>
internal sealed class MarkdownMatrixRenderer : IMatrixRenderer
{
    public void Render(PlanMatrix matrix, TextWriter output, Language t)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        output.WriteLine($"# {Escape(matrix.Plan.Header.Title)}");
        output.WriteLine();
        output.WriteLine(t.T("L = lead (chủ trì), S = support (phối hợp).", "L = chủ trì, S = phối hợp."));
        WriteTable(matrix.AreaTable, matrix.Areas, output, t);
        WriteTable(matrix.TaskTable, matrix.Tasks, output, t);
        WriteGaps(t.T("Areas with no lead", "Nội dung chưa có đơn vị chủ trì"), matrix.AreasWithoutLead, output, t);
        WriteGaps(t.T("Tasks with no lead", "Nhiệm vụ chưa có đơn vị chủ trì"), matrix.TasksWithoutLead, output, t);
    }

    private static void WriteTable(MatrixTable table, IReadOnlyList<(string Id, string Label)> legend, TextWriter output, Language t)
    {
        output.WriteLine();
        output.WriteLine($"## {table.Title}");
        output.WriteLine();
        output.WriteLine($"| {t.T("Unit", "Đơn vị")} | {string.Join(" | ", table.Columns.Select(Escape))} |");
        output.WriteLine($"|---|{string.Concat(table.Columns.Select(_ => ":-:|"))}");
        foreach (var row in table.Rows)
        {
            output.WriteLine($"| {string.Join(" | ", row.Select(Escape))} |");
        }

        output.WriteLine();
        foreach (var (id, label) in legend)
        {
            output.WriteLine($"- `{id}`: {Escape(label)}");
        }
    }

    private static void WriteGaps(string title, IEnumerable<(string Id, string Label)> gaps, TextWriter output, Language t)
    {
        output.WriteLine();
        output.WriteLine($"## {title}");
        output.WriteLine();
        var any = false;
        foreach (var (id, label) in gaps)
        {
            output.WriteLine($"- `{id}`: {Escape(label)}");
            any = true;
        }

        if (!any)
        {
            output.WriteLine(t.T("None.", "Không có."));
        }
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
