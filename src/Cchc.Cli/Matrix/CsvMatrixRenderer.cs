using Cchc.Cli.Shell;

namespace Cchc.Cli.Matrix;

/// <summary>
/// CSV (<see cref="Csv"/>) in long form, one row per (unit, area or task) pair with a role, for spreadsheets:
/// <c>unitId,unitName,scope,itemId,itemTitle,role</c> with role <c>lead</c>, <c>support</c> or, for a gap
/// (no lead), <c>none</c> with empty unit columns.
/// </summary>
internal sealed class CsvMatrixRenderer : IMatrixRenderer
{
    public void Render(PlanMatrix matrix, TextWriter output, Language t)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        Csv.Header(output, ["unitId", "unitName", "scope", "itemId", "itemTitle", "role"]);
        var m = matrix.Matrix;
        WriteScope(matrix, output, "area", matrix.Areas, m.LeadsOfArea, m.SupportsOfArea);
        WriteScope(matrix, output, "task", matrix.Tasks, m.LeadsOfTask, m.SupportsOfTask);
        foreach (var (id, label) in matrix.AreasWithoutLead)
        {
            Row(output, string.Empty, string.Empty, "area", id, label, "none");
        }

        foreach (var (id, label) in matrix.TasksWithoutLead)
        {
            Row(output, string.Empty, string.Empty, "task", id, label, "none");
        }
    }

    private static void WriteScope(PlanMatrix matrix, TextWriter output, string scope, IReadOnlyList<(string Id, string Label)> items,
        Func<string, Cchc.Domain.ValueList<string>> leads, Func<string, Cchc.Domain.ValueList<string>> supports)
    {
        foreach (var (itemId, label) in items)
        {
            foreach (var (unitId, name) in matrix.Units)
            {
                if (leads(itemId).Contains(unitId, StringComparer.Ordinal))
                {
                    Row(output, unitId, name, scope, itemId, label, "lead");
                }

                if (supports(itemId).Contains(unitId, StringComparer.Ordinal))
                {
                    Row(output, unitId, name, scope, itemId, label, "support");
                }
            }
        }
    }

    private static void Row(TextWriter output, params string[] cells) => Csv.Row(output, cells.Select(c => (CsvCell)c));
}
