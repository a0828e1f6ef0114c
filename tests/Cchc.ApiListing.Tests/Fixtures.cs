using System.Collections.Immutable;

// Public types with the features the listing must render; listed by the tests from this assembly, so
// the tests of the formatter do not depend on how the library's API evolves.
namespace Cchc.ApiListing.Tests.Fixtures;

/// <summary>An enum with explicit values.</summary>
public enum Colour
{
    /// <summary>Red.</summary>
    Red = 1,

    /// <summary>Green.</summary>
    Green = 2,
}

/// <summary>A record with an init-only, a required and a tuple-typed member.</summary>
/// <param name="Name">A name.</param>
public sealed record Sample(string Name)
{
    /// <summary>A nullable init-only property.</summary>
    public string? Note { get; init; }

    /// <summary>A required property.</summary>
    public required int Count { get; init; }

    /// <summary>A tuple with element names.</summary>
    public (string Id, Colour Colour)? Pair { get; init; }

    /// <summary>Out parameter, optional nullable parameter, enum default.</summary>
    public static bool TryFind(string? key, out Sample found, Colour colour = Colour.Green, int? limit = null)
    {
        found = new Sample(key ?? "") { Count = limit ?? (int)colour };
        return key is not null;
    }
}

/// <summary>A generic class with a constraint and a nested generic type in a signature.</summary>
/// <typeparam name="T">A reference type.</typeparam>
public class Box<T>
    where T : class
{
    /// <summary>Not visible outside the assembly: never listed.</summary>
    internal int Hidden { get; set; }

    /// <summary>A nullable value of a constrained type parameter.</summary>
    public T? Value { get; protected set; }

    /// <summary>An enumerator of an outer generic type.</summary>
    public ImmutableArray<T>.Enumerator Enumerate(ImmutableArray<T> items) => Value is null ? default : items.GetEnumerator();
}

/// <summary>Not public: never listed.</summary>
internal sealed class InternalType
{
}
