using Cchc.Domain.Plans;
using Cchc.Domain.Serialization;
using FluentValidation;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Validation.Plans;

/// <summary>The check of parent ids (units, targets) whose chain leads back to where it starts.</summary>
internal static class ParentCycles
{
    /// <summary>Reports each node whose chain of parents leads back to it, at <c>…/parentId</c> of the node <paramref name="path"/> stands at.</summary>
    public static void Check(ValidationContext<Plan> context, IEnumerable<(string Id, string? ParentId)> nodes, JsonPath path, DiagnosticDescriptor cycle)
    {
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (id, parent) in nodes)
        {
            parents.TryAdd(id, parent);
        }

        foreach (var (id, _) in nodes)
        {
            if (StepsBackTo(id, parents) is { } steps)
            {
                context.Report(cycle, path.ToPointer("parentId"), id, string.Join(" → ", Chain(id, parents, steps)));
            }
        }
    }

    /// <summary>How many steps up the parents lead from <paramref name="id"/> back to it; <see langword="null"/> when they do not.</summary>
    private static int? StepsBackTo(string id, Dictionary<string, string?> parents)
    {
        var current = parents.GetValueOrDefault(id);
        for (var steps = 1; current is not null && steps <= parents.Count; steps++)
        {
            if (string.Equals(current, id, StringComparison.Ordinal))
            {
                return steps;
            }

            current = parents.GetValueOrDefault(current);
        }

        return null;
    }

    /// <summary><paramref name="id"/> and the <paramref name="steps"/> parents above it.</summary>
    private static IEnumerable<string> Chain(string id, Dictionary<string, string?> parents, int steps)
    {
        var current = id;
        yield return current;
        for (var i = 0; i < steps; i++)
        {
            current = parents[current]!;
            yield return current;
        }
    }
}
