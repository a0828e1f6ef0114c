using Cchc.Domain.Plans;
using Cchc.Domain.Serialization;
using Cchc.Domain.Targets;

namespace Cchc.Domain.Validation.Plans;

/// <summary>The JSON Pointers of a plan's parts, for whole-plan checks that report at a precise spot.</summary>
internal static class PlanPaths
{
    public static IEnumerable<(string Path, Target Target)> Targets(Plan plan)
    {
        for (var i = 0; i < plan.Targets.Count; i++)
        {
            yield return ($"/targets/{i}", plan.Targets[i]);
        }

        for (var a = 0; a < plan.Areas.Count; a++)
        {
            for (var i = 0; i < plan.Areas[a].Targets.Count; i++)
            {
                yield return ($"/areas/{a}/targets/{i}", plan.Areas[a].Targets[i]);
            }
        }
    }

    public static IEnumerable<(string Path, PlanTask Task)> Tasks(Plan plan)
    {
        for (var a = 0; a < plan.Areas.Count; a++)
        {
            for (var i = 0; i < plan.Areas[a].Tasks.Count; i++)
            {
                yield return ($"/areas/{a}/tasks/{i}", plan.Areas[a].Tasks[i]);
            }
        }
    }

    public static string Member(string path, string member) => JsonPointer.Append(path, member);

    public static string Item(string path, string member, int index) => JsonPointer.Append(JsonPointer.Append(path, member), index);
}
