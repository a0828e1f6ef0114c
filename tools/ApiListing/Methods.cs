using System.Reflection;
using System.Runtime.CompilerServices;

namespace Cchc.ApiListing;

/// <summary>Declarations of methods and operators, and the modifiers of any member's accessor.</summary>
internal static class Methods
{
    private static readonly Dictionary<string, string> Operators = new(StringComparer.Ordinal)
    {
        ["op_Equality"] = "==",
        ["op_Inequality"] = "!=",
        ["op_LessThan"] = "<",
        ["op_GreaterThan"] = ">",
        ["op_LessThanOrEqual"] = "<=",
        ["op_GreaterThanOrEqual"] = ">=",
        ["op_Addition"] = "+",
        ["op_Subtraction"] = "-",
        ["op_Multiply"] = "*",
        ["op_Division"] = "/",
        ["op_Modulus"] = "%",
        ["op_UnaryNegation"] = "-",
        ["op_UnaryPlus"] = "+",
        ["op_LogicalNot"] = "!",
        ["op_True"] = "true",
        ["op_False"] = "false",
        ["op_Increment"] = "++",
        ["op_Decrement"] = "--",
    };

    public static string Declare(MethodInfo method, NullabilityInfoContext context)
    {
        var returns = TypeNames.Of(method.ReturnType, context.Create(method.ReturnParameter), method.ReturnParameter);
        var byRef = method.ReturnType.IsByRef ? "ref " : "";
        var head = MemberDeclarations.Access(method) + Modifiers(method);
        var parameters = Parameters.Of(method, context);
        if (method.Name is "op_Implicit" or "op_Explicit")
        {
            return head + (string.Equals(method.Name, "op_Implicit", StringComparison.Ordinal) ? "implicit" : "explicit") + " operator " + returns + parameters + ";";
        }

        var name = method.IsSpecialName && Operators.TryGetValue(method.Name, out var symbol) ? "operator " + symbol : method.Name;
        var generic = method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : "";
        var constraints = method.IsGenericMethodDefinition ? string.Concat(method.GetGenericArguments().Select(Constraints.Of)) : "";
        return head + byRef + returns + " " + name + generic + parameters + constraints + ";";
    }

    /// <summary>static, abstract, virtual, override or sealed override, as the method's metadata says.</summary>
    public static string Modifiers(MethodInfo method)
    {
        if (method.IsStatic)
        {
            return method.IsAbstract ? "static abstract " : "static ";
        }

        if (method.DeclaringType!.IsInterface)
        {
            return "";
        }

        if (method.GetBaseDefinition().DeclaringType != method.DeclaringType)
        {
            return method.IsFinal ? "sealed override " : "override ";
        }

        if (method.IsAbstract)
        {
            return "abstract ";
        }

        return method.IsVirtual && !method.IsFinal ? "virtual " : "";
    }

    /// <summary>Whether the method is an extension method (first parameter written with <c>this</c>).</summary>
    public static bool IsExtension(MethodBase method) => method.IsDefined(typeof(ExtensionAttribute), inherit: false);
}
