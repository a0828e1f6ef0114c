using System.Globalization;
using Cchc.Cli.Shell;

namespace Cchc.Cli.Matrix;

/// <summary>Aligned plain-text tables, with a legend of area and task ids, then the gaps.</summary>
internal sealed class TextMatrixRenderer : IMatrixRenderer
{
    public void Render(PlanMatrix matrix, TextWriter output, Language t)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        output.WriteLine(matrix.Plan.Header.Title);
        output.WriteLine(t.T("L = lead (chủ trì), S = support (phối hợp)", "L = chủ trì, S = phối hợp"));
        WriteTable(matrix.AreaTable, matrix.Areas, output);
        WriteTable(matrix.TaskTable, matrix.Tasks, output);
        output.WriteLine();
        WriteGaps(t.T("Areas with no lead", "Nội dung chưa có đơn vị chủ trì"), matrix.AreasWithoutLead, output, t);
        WriteGaps(t.T("Tasks with no lead", "Nhiệm vụ chưa có đơn vị chủ trì"), matrix.TasksWithoutLead, output, t);
    }

    private static void WriteTable(MatrixTable table, IReadOnlyList<(string Id, string Label)> legend, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine(table.Title);
        var labelWidth = table.Rows.Select(r => r[0].Length).Append(0).Max();
        var widths = table.Columns.Select((c, i) => Math.Max(c.Length, table.Rows.Select(r => r[i + 1].Length).Append(0).Max())).ToList();
        output.WriteLine((new string(' ', labelWidth) + " | " + string.Join(" | ", table.Columns.Select((c, i) => c.PadRight(widths[i])))).TrimEnd());
        output.WriteLine(new string('-', labelWidth) + "-+-" + string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in table.Rows)
        {
            output.WriteLine((row[0].PadRight(labelWidth) + " | " + string.Join(" | ", row.Skip(1).Select((c, i) => c.PadRight(widths[i])))).TrimEnd());
        }

        foreach (var (id, label) in legend)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {id}: {label}"));
        }
    }

    private static void WriteGaps(string title, IEnumerable<(string Id, string Label)> gaps, TextWriter output, Language t)
    {
        var list = gaps.ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title}: {(list.Count == 0 ? t.T("none", "không có") : list.Count.ToString(CultureInfo.InvariantCulture))}"));
        foreach (var (id, label) in list)
        {
            output.WriteLine($"  {id}: {label}");
        }
    }
}
