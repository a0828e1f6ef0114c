using System.Reflection;

namespace Cchc.ApiListing;

/// <summary>The declaration line of a type: modifiers, kind, name, type parameters, base types.</summary>
internal static class TypeDeclarations
{
    public static string Declare(Type type)
    {
        var name = type.IsNested ? TypeNames.Simple(type)[(TypeNames.Simple(type.DeclaringType!).Length + 1)..] : TypeNames.Simple(type);
        var parameters = type.GetGenericArguments()
            .Skip(type.IsNested ? type.DeclaringType!.GetGenericArguments().Length : 0).ToList();
        var generic = parameters.Count == 0 ? "" : "<" + string.Join(", ", parameters.Select(p => p.Name)) + ">";
        var constraints = string.Concat(parameters.Select(Constraints.Of));
        var accessibility = type.IsPublic || type.IsNestedPublic ? "public " : "protected ";

        if (type.IsSubclassOf(typeof(Delegate)))
        {
            var invoke = type.GetMethod("Invoke")!;
            return accessibility + "delegate " + TypeNames.Of(invoke.ReturnType) + " " + name + generic
                + "(" + string.Join(", ", invoke.GetParameters().Select(p => TypeNames.Of(p.ParameterType) + " " + p.Name)) + ")" + constraints + ";";
        }

        if (type.IsEnum)
        {
            var flags = type.IsDefined(typeof(FlagsAttribute), inherit: false) ? "[Flags] " : "";
            var underlying = Enum.GetUnderlyingType(type);
            return flags + accessibility + "enum " + name + (underlying == typeof(int) ? "" : " : " + TypeNames.Of(underlying));
        }

        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType))
        {
            bases.Add(TypeNames.Of(baseType));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsVisible).Select(TypeNames.Of).Order(StringComparer.Ordinal));
        var inheritance = bases.Count == 0 ? "" : " : " + string.Join(", ", bases);
        return accessibility + Modifiers(type) + Kind(type) + " " + name + generic + inheritance + constraints;
    }

    private static string Modifiers(Type type) =>
        type.IsInterface || type.IsValueType ? (IsReadOnly(type) ? "readonly " : "")
        : type is { IsAbstract: true, IsSealed: true } ? "static "
        : type.IsAbstract ? "abstract "
        : type.IsSealed ? "sealed "
        : "";

    private static string Kind(Type type) =>
        type.IsInterface ? "interface"
        : type.IsValueType ? (IsRecord(type) ? "record struct" : "struct")
        : IsRecord(type) ? "record" : "class";

    private static bool IsReadOnly(Type type) =>
        type.GetCustomAttributesData().Any(a => string.Equals(a.AttributeType.FullName, "System.Runtime.CompilerServices.IsReadOnlyAttribute", StringComparison.Ordinal));

    // The compiler gives record classes a "<Clone>$" method and record structs a PrintMembers method.
    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null
        || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);
}
