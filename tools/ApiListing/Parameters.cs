using System.Reflection;

namespace Cchc.ApiListing;

/// <summary>Parameter lists: ref kinds, params, this, nullable types, tuple names and default values.</summary>
internal static class Parameters
{
    public static string Of(MethodBase method, NullabilityInfoContext context) =>
        Of(method.GetParameters(), context, "(", ")", Methods.IsExtension(method));

    public static string Of(ParameterInfo[] parameters, NullabilityInfoContext context, string open, string close, bool extension = false) =>
        open + string.Join(", ", parameters.Select((p, i) => Declare(p, context, extension && i == 0))) + close;

    private static string Declare(ParameterInfo parameter, NullabilityInfoContext context, bool isThis)
    {
        var type = parameter.ParameterType;
        var prefix = isThis ? "this " : "";
        if (parameter.IsDefined(typeof(ParamArrayAttribute), inherit: false))
        {
            prefix += "params ";
        }

        if (type.IsByRef)
        {
            prefix += parameter.IsOut ? "out " : parameter.IsIn ? "in " : "ref ";
        }

        var text = prefix + TypeNames.Of(type, context.Create(parameter), parameter) + " " + parameter.Name;
        return parameter.HasDefaultValue ? text + " = " + Literals.Format(parameter.RawDefaultValue, type) : text;
    }
}
