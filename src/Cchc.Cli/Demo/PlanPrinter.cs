using System.Globalization;
using Cchc.Cli.Shell;
using Cchc.Domain.Plans;
using Cchc.Domain.Targets;
using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;

namespace Cchc.Cli.Demo;

/// <summary>Prints a plan compactly: header, areas, targets as a tree, tasks with their units and deadlines, and a diagnostics summary.</summary>
internal sealed class PlanPrinter(TextWriter output, Language t)
{
    public void Print(string name, Plan plan, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var h = plan.Header;
        output.WriteLine($"== {name}: {h.Title}");
        var number = h.DocumentNumber is { } n ? $"{t.T("No.", "Số")} {n.Number}/{n.Symbol}".Replace(" /", " /", StringComparison.Ordinal) : null;
        var years = h.EndYear is { } end ? string.Create(CultureInfo.InvariantCulture, $"{h.Year}–{end}") : h.Year.ToString(CultureInfo.InvariantCulture);
        output.WriteLine("   " + string.Join(" · ", new[] { h.Issuer, Code(h.Kind), years, number, h.IssueDate?.ToString(), h.Place }.Where(s => !string.IsNullOrEmpty(s))));
        if (h.Signer is { } signer)
        {
            var onBehalf = signer.OnBehalfOf is null ? string.Empty : $" (KT. {signer.OnBehalfOf})";
            output.WriteLine($"   {t.T("Signed", "Ký")}: {signer.Position}{onBehalf} {signer.Name}".TrimEnd());
        }

        var matrix = ResponsibilityMatrix.From(plan);
        var units = plan.Units.GroupBy(u => u.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().ShortName ?? g.First().Name, StringComparer.Ordinal);
        PrintAreas(plan);
        PrintTargets(plan);
        PrintTasks(plan, matrix, units);
        PrintSummary(diagnostics);
        output.WriteLine();
    }

    private void PrintAreas(Plan plan)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {t.T("Areas", "Nội dung")} ({plan.Areas.Count}):"));
        foreach (var area in plan.Areas)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"     {area.Number}. {area.Title} [{Code(area.Kind)}] — {area.Tasks.Count} {t.T("tasks", "nhiệm vụ")}, {area.Targets.Count} {t.T("targets", "chỉ tiêu")}"));
        }
    }

    private void PrintTargets(Plan plan)
    {
        var all = plan.AllTargets.ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {t.T("Targets", "Chỉ tiêu")} ({all.Count}):"));
        var ids = all.Select(x => x.Id).ToHashSet(StringComparer.Ordinal);
        var roots = all.Where(x => x.ParentId is null || !ids.Contains(x.ParentId)).ToList();
        var printed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            PrintTarget(root, all, depth: 0, printed);
        }
    }

    private void PrintTarget(Target target, List<Target> all, int depth, HashSet<string> printed)
    {
        if (!printed.Add(target.Id))
        {
            return;
        }

        var indent = new string(' ', 5 + (depth * 2));
        var marker = depth == 0 ? "-" : "└";
        output.WriteLine($"{indent}{marker} {target.Id}: {Structure(target)} — {Shorten(target.Text)}");
        foreach (var child in all.Where(x => string.Equals(x.ParentId, target.Id, StringComparison.Ordinal)))
        {
            PrintTarget(child, all, depth + 1, printed);
        }
    }

    private static string Structure(Target target)
    {
        var parts = new List<string> { Code(target.Measure) };
        if (target.Comparator is { } comparator)
        {
            parts.Add(Code(comparator));
        }

        if (target.Value is { } value)
        {
            parts.Add(target.UpperValue is { } upper
                ? string.Create(CultureInfo.InvariantCulture, $"{value}–{upper}")
                : value.ToString(CultureInfo.InvariantCulture));
        }

        if (target.Unit is { } unit)
        {
            parts.Add(Code(unit));
        }

        if (target.BaselineYear is { } baseline)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"vs {baseline}"));
        }

        if (target.HorizonYear is { } horizon)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"by {horizon}"));
        }

        return string.Join(' ', parts);
    }

    private void PrintTasks(Plan plan, ResponsibilityMatrix matrix, Dictionary<string, string> units)
    {
        var tasks = plan.AllTasks.ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {t.T("Tasks", "Nhiệm vụ")} ({tasks.Count}):"));
        foreach (var (_, task) in tasks)
        {
            var number = task.Number is null ? string.Empty : task.Number + " ";
            output.WriteLine($"     {number}{Shorten(task.Title)} [{task.Id}]");
            output.WriteLine($"         {t.T("lead", "chủ trì")}: {Names(matrix.LeadsOfTask(task.Id), units)} · {t.T("support", "phối hợp")}: {Names(matrix.SupportsOfTask(task.Id), units)}");
            if (task.Deadline is not null)
            {
                output.WriteLine($"         {t.T("deadline", "thời hạn")}: {DeadlineText.Describe(task.Deadline, t)}");
            }
        }
    }

    /// <summary>Keeps a line readable: long texts of the seeds are cut at a word boundary with an ellipsis.</summary>
    private static string Shorten(string text, int max = 110)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max);
        return string.Concat(text.AsSpan(0, cut > max / 2 ? cut : max).TrimEnd(" ,;:".AsSpan()), "…");
    }

    /// <summary>An enum value as the JSON format writes it: "annualReform".</summary>
    private static string Code<TEnum>(TEnum value)
        where TEnum : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static string Names(IEnumerable<string> ids, Dictionary<string, string> units)
    {
        var names = ids.Select(id => units.GetValueOrDefault(id) ?? id).ToList();
        return names.Count == 0 ? "—" : string.Join(", ", names);
    }

    private void PrintSummary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var codes = string.Join(", ", diagnostics.GroupBy(d => d.Code, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}×{g.Count()}")));
        var verdict = errors == 0 ? t.T("valid", "hợp lệ") : t.T("invalid", "không hợp lệ");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"   {t.T("Diagnostics", "Chẩn đoán")}: {verdict}, {errors} {t.T("errors", "lỗi")}, {warnings} {t.T("warnings", "cảnh báo")}{(codes.Length == 0 ? string.Empty : " (" + codes + ")")}"));
    }
}
