using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using KpiActors.Api.Shared;
using KpiActors.Domain;

namespace KpiActors.Api.Tests.Shared;

/// <summary>
/// Every refusal the API can make, from every factory of <see cref="Refusal"/> with sample arguments of each kind: it
/// says why in English and in Vietnamese, and the Vietnamese names what the English names of the sender's data.
/// </summary>
public sealed class RefusalTests
{
    /// <summary>Letters only Vietnamese writes (with its tone marks and đ): an English text copied over has none.</summary>
    private static readonly Regex VietnameseLetter = new("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Each refusal as how it was made, its English, its Vietnamese, and the data its arguments name.</summary>
    public static TheoryData<string, string, string, string[]> Refusals()
    {
        var data = new TheoryData<string, string, string, string[]>();
        foreach (var factory in typeof(Refusal).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(Refusal) && !m.IsSpecialName))
        {
            foreach (var arguments in Combinations(factory.GetParameters().Select(Samples).ToList()))
            {
                var refusal = (Refusal)factory.Invoke(null, arguments)!;
                data.Add($"{factory.Name}({string.Join(", ", arguments.Select(Shown))})", refusal.English, refusal.Vietnamese,
                    arguments.SelectMany(Named).ToArray());
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_refusal_says_why_in_english_and_in_vietnamese_naming_the_same_data(string made, string english, string vietnamese, string[] named)
    {
        Assert.False(string.IsNullOrWhiteSpace(english), made);
        Assert.Matches(VietnameseLetter, vietnamese);
        Assert.DoesNotMatch(VietnameseLetter, english);
        foreach (var value in named.Where(english.Contains))
        {
            Assert.Contains(value, vietnamese);
        }
    }

    [Fact]
    public void Every_fault_of_free_text_is_worded_apart()
    {
        var faults = typeof(TextFault).GetNestedTypes().Select(type => (TextFault)Instance(type, 0)).ToList();

        Assert.Equal(6, faults.Count);
        Assert.Equal(faults.Count, faults.Select(f => Refusal.Text(f).English).Distinct().Count());
        Assert.Equal(faults.Count, faults.Select(f => Refusal.Text(f).Vietnamese).Distinct().Count());
    }

    [Fact]
    public void A_text_with_a_nul_is_refused_naming_the_character_and_where_it_is()
    {
        Assert.Null(FreeText.Normalize("HS\0-1", FreeText.IdLength, out var fault));

        var refusal = Refusal.Text(fault!);

        Assert.Equal(("holds the control character U+0000 at character 2", "chứa ký tự điều khiển U+0000 ở vị trí 2"), (refusal.English, refusal.Vietnamese));
    }

    /// <summary>The values a parameter is tried with: one of each kind, and each of a yes or no, a kind of fault, or a text that may be left out.</summary>
    private static object?[] Samples(ParameterInfo parameter) => Samples(parameter.ParameterType, parameter.Position,
        new NullabilityInfoContext().Create(parameter).WriteState == NullabilityState.Nullable);

    private static object?[] Samples(Type type, int position, bool nullable) => type switch
    {
        _ when type == typeof(string) => nullable ? new object?[] { $"V{position}-x", null } : [$"V{position}-x"],
        _ when type == typeof(int) => [40 + position],
        _ when type == typeof(long) => [70L + position],
        _ when type == typeof(bool) => [true, false],
        _ when type.IsAssignableFrom(typeof(string[])) => [new[] { $"A{position}", $"B{position}" }],
        _ when type.IsAssignableFrom(typeof(Dictionary<string, string[]>)) => [new Dictionary<string, string[]> { [$"f{position}"] = [$"Cot {position}"] }],
        _ when type == typeof(JsonException) => [new JsonException("'x' is an invalid start of a value.", "$", 2, 4), new JsonException("The input is empty.")],
        _ when type == typeof(Exception) => [new InvalidDataException("End of Central Directory record could not be found.")],
        _ when type == typeof(JsonValueKind) => [JsonValueKind.Array, JsonValueKind.Object],
        _ when type == typeof(TextFault) => typeof(TextFault).GetNestedTypes().Select(t => Instance(t, position)).ToArray(),
        _ => throw new InvalidOperationException($"No sample of {type} for a refusal: add one, so that its refusals are checked too."),
    };

    private static object Instance(Type type, int position)
    {
        var constructor = type.GetConstructors().Single();
        return constructor.Invoke(constructor.GetParameters()
            .Select(p => p.ParameterType == typeof(char) ? (object)'\u202E' : 50 + position).ToArray());
    }

    /// <summary>The texts and numbers an argument carries, which a refusal that shows them in English must show in Vietnamese.</summary>
    private static IEnumerable<string> Named(object? argument) => argument switch
    {
        string text => [text],
        int or long => [argument.ToString()!],
        IEnumerable<string> texts => texts,
        IReadOnlyDictionary<string, string[]> columns => columns.Keys.Concat(columns.Values.SelectMany(v => v)),
        _ => [],
    };

    private static string Shown(object? argument) => argument switch
    {
        string text => text,
        IEnumerable<string> texts => $"[{string.Join(", ", texts)}]",
        _ => argument?.ToString() ?? "null",
    };

    private static IEnumerable<object?[]> Combinations(IReadOnlyList<object?[]> choices) =>
        choices.Aggregate(Enumerable.Repeat(Array.Empty<object?>(), 1),
            (combinations, choice) => combinations.SelectMany(c => choice.Select(value => c.Append(value).ToArray())));
}
