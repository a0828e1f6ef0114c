using System.Collections;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;

namespace Cchc.Domain;

/// <summary>
/// An immutable list with value equality: two lists are equal when they hold equal items in the same
/// order. Records of the model use it so that whole plans compare by value.
/// </summary>
/// <remarks>The default value is the empty list.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <typeparam name="T">The item type.</typeparam>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public readonly struct ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Creates a list holding <paramref name="items"/>.</summary>
    /// <param name="items">The items, copied.</param>
    public ValueList(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = [.. items];
    }

    private ValueList(ImmutableArray<T> items) => _items = items;

    /// <summary>The number of items.</summary>
    public int Count => _items.IsDefault ? 0 : _items.Length;

    /// <summary>Whether the list has no items.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based index.</param>
    public T this[int index] => Items[index];

    private ImmutableArray<T> Items => _items.IsDefault ? [] : _items;

    /// <summary>The array under the items, for LINQ and other interface callers: enumerating it through <see cref="IEnumerable{T}"/> boxes nothing, where the immutable array would be boxed on every call.</summary>
    private T[] Array => ImmutableCollectionsMarshal.AsArray(Items)!;

    /// <summary>Wraps an immutable array without copying it.</summary>
    /// <param name="items">The items.</param>
    public static implicit operator ValueList<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Wraps an array, copying it.</summary>
    /// <param name="items">The items.</param>
    public static implicit operator ValueList<T>(T[] items) => new([.. items]);

    /// <summary>Whether two lists hold equal items in the same order.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    public static bool operator ==(ValueList<T> left, ValueList<T> right) => left.Equals(right);

    /// <summary>Whether two lists differ.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    public static bool operator !=(ValueList<T> left, ValueList<T> right) => !left.Equals(right);

    /// <summary>Returns the items as an immutable array.</summary>
    /// <returns>The array (empty for the default list).</returns>
    public ImmutableArray<T> ToImmutableArray() => Items;

    /// <inheritdoc />
    public bool Equals(ValueList<T> other) => Items.AsSpan().SequenceEqual(other.Items.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns an enumerator over the items (allocation-free in foreach).</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    /// <inheritdoc />
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Array).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => Array.GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => $"[{string.Join(", ", Items)}]";
}

/// <summary>Creates <see cref="ValueList{T}"/> instances; the builder of collection expressions.</summary>
public static class ValueList
{
    /// <summary>Creates a list from a span.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, copied.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => ImmutableArray.Create(items);

    /// <summary>Creates a list from a sequence.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, copied.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> ToValueList<T>(this IEnumerable<T> items) => new(items);
}
