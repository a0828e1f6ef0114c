using Cchc.Domain.Plans;
using Cchc.Domain.Serialization;
using Cchc.Domain.Targets;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Validation.Plans;

/// <summary>
/// Walks over a plan's parts for whole-plan checks that report at a precise spot. While an item is
/// visited, the given <see cref="JsonPath"/> stands at it, so a check builds a JSON Pointer only when it
/// reports (<c>path.ToPointer("id")</c>). The path moves on with the walk: read it inside the loop,
/// never after buffering the items.
/// </summary>
internal static class PlanPaths
{
    /// <summary>Each item of a list of the plan, with <paramref name="path"/> at <c>…/member/i</c>.</summary>
    public static IEnumerable<T> Items<T>(ValueList<T> items, string member, JsonPath path)
    {
        for (var i = 0; i < items.Count; i++)
        {
            using (path.Enter(member, i))
            {
                yield return items[i];
            }
        }
    }

    /// <summary>The plan's own targets (<c>/targets/i</c>), then those of each area (<c>/areas/a/targets/i</c>).</summary>
    public static IEnumerable<Target> Targets(Plan plan, JsonPath path)
    {
        foreach (var target in Items(plan.Targets, "targets", path))
        {
            yield return target;
        }

        foreach (var area in Items(plan.Areas, "areas", path))
        {
            foreach (var target in Items(area.Targets, "targets", path))
            {
                yield return target;
            }
        }
    }

    /// <summary>The tasks of each area (<c>/areas/a/tasks/i</c>).</summary>
    public static IEnumerable<PlanTask> Tasks(Plan plan, JsonPath path)
    {
        foreach (var area in Items(plan.Areas, "areas", path))
        {
            foreach (var task in Items(area.Tasks, "tasks", path))
            {
                yield return task;
            }
        }
    }
}
