using Cchc.Domain;
using NetArchTest.Rules;

namespace Cchc.Domain.Tests.Architecture;

/// <summary>
/// The namespaces of Cchc.Domain form a DAG (docs/architecture.md, "Dependencies between
/// namespaces"): each component, a top-level namespace with its sub-namespaces, may use only the
/// components listed before it. A new back edge fails here with the types that make it.
/// </summary>
public sealed class NamespaceGraphTests
{
    /// <summary>Bottom first: a topological order of the drawn graph.</summary>
    public static readonly string[] Layers =
    [
        "Cchc.Domain.Text",
        "Cchc.Domain.Diagnostics",
        "Cchc.Domain.Json",
        "Cchc.Domain.Calendar",
        "Cchc.Domain.Reporting",
        "Cchc.Domain.Deadlines",
        "Cchc.Domain.Legal",
        "Cchc.Domain.Targets",
        "Cchc.Domain.Plans",
        "Cchc.Domain.Scoring",
        "Cchc.Domain.Scheduling",
        "Cchc.Domain.Progress",
        "Cchc.Domain.Validation",
        "Cchc.Domain.Serialization",
    ];

    public static TheoryData<string> Components() => [.. Layers];

    [Theory]
    [MemberData(nameof(Components))]
    public void A_component_uses_no_component_above_it(string component)
    {
        var above = Layers.SkipWhile(l => l != component).Skip(1).ToArray();
        if (above.Length == 0)
        {
            return;
        }

        var result = Types.InAssembly(typeof(ValueList).Assembly)
            .That().ResideInNamespace(component)
            .ShouldNot().HaveDependencyOnAny(above)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{component} uses a component above it: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void The_root_namespace_uses_no_component()
    {
        var result = Types.InAssembly(typeof(ValueList).Assembly)
            .That().ResideInNamespaceMatching(@"^Cchc\.Domain$")
            .ShouldNot().HaveDependencyOnAny(Layers)
            .GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Every_namespace_of_the_assembly_belongs_to_a_listed_component()
    {
        var unlisted = typeof(ValueList).Assembly.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(ns => ns != "Cchc.Domain" && !ns.StartsWith("System", StringComparison.Ordinal) && !ns.StartsWith("Microsoft", StringComparison.Ordinal))
            .Where(ns => !Layers.Any(l => ns == l || ns.StartsWith(l + ".", StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.Empty(unlisted);
    }
}
