using System.Reflection;
using System.Runtime.CompilerServices;

namespace Cchc.ApiListing;

/// <summary>C# names of types, with nullable annotations and tuple element names.</summary>
internal static class TypeNames
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void",
        [typeof(object)] = "object",
        [typeof(string)] = "string",
        [typeof(bool)] = "bool",
        [typeof(byte)] = "byte",
        [typeof(sbyte)] = "sbyte",
        [typeof(char)] = "char",
        [typeof(short)] = "short",
        [typeof(ushort)] = "ushort",
        [typeof(int)] = "int",
        [typeof(uint)] = "uint",
        [typeof(long)] = "long",
        [typeof(ulong)] = "ulong",
        [typeof(float)] = "float",
        [typeof(double)] = "double",
        [typeof(decimal)] = "decimal",
        [typeof(nint)] = "nint",
        [typeof(nuint)] = "nuint",
    };

    /// <summary>The name of a parameter's, property's or field's type as declared.</summary>
    public static string Of(Type type, NullabilityInfo? nullability, ICustomAttributeProvider? tupleNamesSource)
    {
        var names = tupleNamesSource?.GetCustomAttributes(typeof(TupleElementNamesAttribute), inherit: false)
            .OfType<TupleElementNamesAttribute>().FirstOrDefault()?.TransformNames;
        return Format(type, nullability, new TupleNameCursor(names ?? []));
    }

    /// <summary>The name of a type without annotations (base types, constraints).</summary>
    public static string Of(Type type) => Format(type, null, new TupleNameCursor([]));

    /// <summary>The declared name of a type: no namespace, outer types joined with '.', no arity suffix.</summary>
    public static string Simple(Type type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        name = tick < 0 ? name : name[..tick];
        return type.IsNested && !type.IsGenericParameter ? Simple(type.DeclaringType!) + "." + name : name;
    }

    private static string Format(Type type, NullabilityInfo? nullability, TupleNameCursor names)
    {
        if (type.IsByRef)
        {
            return Format(type.GetElementType()!, nullability, names);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Format(underlying, nullability?.GenericTypeArguments.FirstOrDefault(), names) + "?";
        }

        var mark = nullability is { ReadState: NullabilityState.Nullable } && !type.IsValueType ? "?" : "";
        if (type.IsArray)
        {
            return Format(type.GetElementType()!, nullability?.ElementType, names) + "[" + new string(',', type.GetArrayRank() - 1) + "]" + mark;
        }

        if (type.IsGenericParameter)
        {
            // Reflection reports an unconstrained type parameter as nullable whether or not it is written
            // T?, so the mark is shown only for constrained ones (where T : class, struct or a type).
            var constrained = type.GenericParameterAttributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint)
                || type.GenericParameterAttributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint)
                || type.GetGenericParameterConstraints().Length > 0;
            return type.Name + (constrained ? mark : "");
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword + mark;
        }

        if (!type.IsGenericType)
        {
            return Named(type, []) + mark;
        }

        var arguments = type.GetGenericArguments();
        if (type.FullName?.StartsWith("System.ValueTuple`", StringComparison.Ordinal) == true && arguments.Length <= 7)
        {
            var elementNames = names.Take(arguments.Length);
            var elements = arguments.Select((a, i) =>
            {
                var element = Format(a, nullability?.GenericTypeArguments.ElementAtOrDefault(i), names);
                return elementNames[i] is { } n ? element + " " + n : element;
            });
            return "(" + string.Join(", ", elements) + ")" + mark;
        }

        var formatted = arguments.Select((a, i) => Format(a, nullability?.GenericTypeArguments.ElementAtOrDefault(i), names));
        return Named(type, [.. formatted]) + mark;
    }

    // Outer.Inner<…>, with the type arguments of a generic outer type on the outer type: ImmutableArray<T>.Enumerator.
    private static string Named(Type type, IReadOnlyList<string> arguments)
    {
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        name = tick < 0 ? name : name[..tick];
        var outerCount = 0;
        var outer = "";
        if (type.IsNested)
        {
            outerCount = type.DeclaringType!.GetGenericArguments().Length;
            outer = Named(type.DeclaringType, [.. arguments.Take(outerCount)]) + ".";
        }

        var own = arguments.Skip(outerCount).ToList();
        return outer + name + (own.Count == 0 ? "" : "<" + string.Join(", ", own) + ">");
    }

    /// <summary>Hands out the names of <see cref="TupleElementNamesAttribute"/> in their encoded order.</summary>
    private sealed class TupleNameCursor(IList<string?> names)
    {
        private int _next;

        public string?[] Take(int count)
        {
            var taken = new string?[count];
            for (var i = 0; i < count; i++, _next++)
            {
                taken[i] = _next < names.Count ? names[_next] : null;
            }

            return taken;
        }
    }
}
