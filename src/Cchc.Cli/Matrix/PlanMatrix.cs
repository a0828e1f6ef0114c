using Cchc.Cli.Shell;
using Cchc.Domain.Plans;

namespace Cchc.Cli.Matrix;

/// <summary>
/// The responsibility matrix of a plan in display form: units × areas, units × tasks (L = lead /
/// chủ trì, S = support / phối hợp, L+S = both) and the gaps (areas and tasks with no lead).
/// </summary>
internal sealed class PlanMatrix
{
    public PlanMatrix(Plan plan, Language t)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(t);
        Plan = plan;
        Matrix = ResponsibilityMatrix.From(plan);
        var names = plan.Units.GroupBy(u => u.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        Units = [.. Matrix.UnitIds.Select(id => (id, names.GetValueOrDefault(id) ?? id))];
        Areas = [.. plan.Areas.Select(a => (a.Id, $"{a.Number}. {a.Title}"))];
        Tasks = [.. plan.AllTasks.Select(x => (x.Task.Id, x.Task.Number is null ? x.Task.Title : $"{x.Task.Number}. {x.Task.Title}"))];
        AreaTable = Table(t.T("Units × areas", "Đơn vị × nội dung"), Areas, Matrix.LeadsOfArea, Matrix.SupportsOfArea);
        TaskTable = Table(t.T("Units × tasks", "Đơn vị × nhiệm vụ"), Tasks, Matrix.LeadsOfTask, Matrix.SupportsOfTask);
    }

    public Plan Plan { get; }

    public ResponsibilityMatrix Matrix { get; }

    /// <summary>Every unit with a role: id and name.</summary>
    public IReadOnlyList<(string Id, string Name)> Units { get; }

    /// <summary>Every area: id and "number. title".</summary>
    public IReadOnlyList<(string Id, string Label)> Areas { get; }

    /// <summary>Every task: id and "number. title".</summary>
    public IReadOnlyList<(string Id, string Label)> Tasks { get; }

    public MatrixTable AreaTable { get; }

    public MatrixTable TaskTable { get; }

    public IEnumerable<(string Id, string Label)> AreasWithoutLead => Areas.Where(a => Matrix.AreasWithoutLead.Contains(a.Id, StringComparer.Ordinal));

    public IEnumerable<(string Id, string Label)> TasksWithoutLead => Tasks.Where(x => Matrix.TasksWithoutLead.Contains(x.Id, StringComparer.Ordinal));

    /// <summary>The cell of a unit for an item: L, S, L+S or empty.</summary>
    public static string Cell(bool leads, bool supports) => (leads, supports) switch
    {
        (true, true) => "L+S",
        (true, false) => "L",
        (false, true) => "S",
        _ => string.Empty,
    };

    private MatrixTable Table(string title, IReadOnlyList<(string Id, string Label)> items, Func<string, Cchc.Domain.ValueList<string>> leads, Func<string, Cchc.Domain.ValueList<string>> supports)
    {
        var rows = Units.Select(unit => (IReadOnlyList<string>)[
            unit.Name,
            .. items.Select(item => Cell(leads(item.Id).Contains(unit.Id, StringComparer.Ordinal), supports(item.Id).Contains(unit.Id, StringComparer.Ordinal))),
        ]).ToList();
        return new MatrixTable(title, [.. items.Select(i => i.Id)], rows);
    }
}
