using KpiActors.TestSupport;
using Xunit.Abstractions;

namespace KpiActors.Api.Tests;

/// <summary>
/// The API's features depend on each other one way: a feature that needs another's types uses them, and that one does
/// not use it back, so each can be read, changed and tested with what it depends on and nothing that depends on it.
/// </summary>
public sealed class FeatureDependencyTests(ITestOutputHelper output)
{
    private static readonly NamespaceGraph Api = NamespaceGraph.OfProject(Path.Combine(RepositoryRoot.Path, "src", "Api"));

    [Fact]
    public void No_namespace_of_the_api_uses_one_that_uses_it_back()
    {
        foreach (var (ns, uses) in Api.Uses.OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{ns} -> {string.Join(", ", uses.Order(StringComparer.Ordinal))}");
        }

        var cycles = NamespaceGraph.Cycles(Api.Uses);
        Assert.True(cycles.Count == 0, $"These namespaces use each other: {string.Join("; ", cycles.Select(cycle => string.Join(", ", cycle)))}");
    }

    [Fact]
    public void The_graph_sees_a_use_of_a_constant_alone()
    {
        // Operations uses Ingest only through a constant, its meter's name, which compiled code keeps as a value.
        Assert.Contains("KpiActors.Api.Ingest", Api.Uses["KpiActors.Api.Operations"]);
    }

    [Fact]
    public void A_cycle_through_three_namespaces_is_found_and_a_chain_into_it_is_not_part_of_it()
    {
        var uses = new Dictionary<string, IReadOnlySet<string>>
        {
            ["A"] = new HashSet<string> { "B" },
            ["B"] = new HashSet<string> { "C" },
            ["C"] = new HashSet<string> { "A" },
            ["D"] = new HashSet<string> { "A" },
            ["E"] = new HashSet<string>(),
        };

        Assert.Equal([["A", "B", "C"]], NamespaceGraph.Cycles(uses));
    }
}
