using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Json;

/// <summary>Reads JSON arrays into the model's lists, item by item, with the path pointing at each item.</summary>
internal static class JsonLists
{
    private static readonly (string En, string Vi) AnArray = ("an array", "một mảng");

    /// <summary>
    /// Reads the array the pass stands on. A null item is reported and kept as <paramref name="placeholder"/>, so
    /// that the items after it keep their index for the validator; items past <see cref="JsonReadOptions.MaxArrayLength"/> are reported once and skipped.
    /// </summary>
    public static ValueList<TItem> Read<TItem>(ref JsonPass pass, JsonItemReader<TItem> read, TItem placeholder, (string En, string Vi) expected)
    {
        if (pass.Token != JsonTokenType.StartArray)
        {
            pass.WrongType(AnArray);
            return default;
        }

        var state = pass.State;
        var items = Scratch<TItem>.Rent();
        try
        {
            var index = 0;
            while (true)
            {
                pass.Next();
                if (pass.Token == JsonTokenType.EndArray)
                {
                    break;
                }

                if (index == state.Options.MaxArrayLength)
                {
                    state.Report(JsonDiagnostics.ArrayTooLong, state.Options.MaxArrayLength);
                }

                if (index++ >= state.Options.MaxArrayLength)
                {
                    pass.Skip();
                    continue;
                }

                state.Path.Push(index - 1);
                if (pass.Token == JsonTokenType.Null)
                {
                    state.Report(JsonDiagnostics.NullNotAllowed, expected.En, expected.Vi);
                    items.Add(placeholder);
                }
                else
                {
                    items.Add(read(ref pass));
                }

                state.Path.Pop();
            }

            return ImmutableArray.Create<TItem>(CollectionsMarshal.AsSpan(items));
        }
        finally
        {
            Scratch<TItem>.Return(items);
        }
    }

    /// <summary>Lists reused across reads, so that only each list's final array is allocated.</summary>
    private static class Scratch<TItem>
    {
        [ThreadStatic]
        private static Stack<List<TItem>>? _free;

        public static List<TItem> Rent() => _free is { Count: > 0 } free ? free.Pop() : [];

        public static void Return(List<TItem> list)
        {
            list.Clear();
            (_free ??= new Stack<List<TItem>>()).Push(list);
        }
    }
}
