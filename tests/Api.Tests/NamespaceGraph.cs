using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KpiActors.Api.Tests;

/// <summary>
/// Which namespaces of a project use which others, read from its source with the compiler's binding of every name: a
/// type, member or constant named through a using directive, fully qualified, through a parent namespace or inside a
/// lambda. Constants matter: the compiled code keeps only their values, so reflection over the assembly misses them.
/// </summary>
public sealed class NamespaceGraph
{
    private NamespaceGraph(IReadOnlyDictionary<string, IReadOnlySet<string>> uses) => Uses = uses;

    /// <summary>For each namespace, the other namespaces of the project it uses.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Uses { get; }

    /// <summary>The graph of the C# project in <paramref name="folder"/>, bound against the assemblies this test runs with.</summary>
    public static NamespaceGraph OfProject(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") &&
                        !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Append(GlobalUsingsOf(folder));
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, f)).ToList();
        // Everything the tests run with but the project's own assembly, whose types the source declares.
        var project = Path.GetFileNameWithoutExtension(Directory.EnumerateFiles(folder, "*.csproj").Single()) + ".dll";
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
            .DistinctBy(Path.GetFileName)
            .Where(path => Path.GetFileName(path) != project)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create("Graph", trees, references, new CSharpCompilationOptions(OutputKind.ConsoleApplication));

        // A name that does not bind is a use the graph would miss. Only source generators' work is absent here (the
        // regular expressions' partial methods), and those are no use of another namespace.
        var unbound = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS8795").ToList();
        if (unbound.Count > 0)
        {
            throw new InvalidOperationException($"The source of {folder} does not bind: {string.Join(Environment.NewLine, unbound.Take(10))}");
        }

        var uses = new Dictionary<string, HashSet<string>>();
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                if (name.FirstAncestorOrSelf<BaseNamespaceDeclarationSyntax>() is not { } declaration)
                {
                    continue;
                }

                var from = declaration.Name.ToString();
                var used = uses.TryGetValue(from, out var set) ? set : uses[from] = [];
                var info = model.GetSymbolInfo(name);
                var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
                var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
                // An anonymous type is declared where it is written, not in a namespace of its own.
                if (type is { IsAnonymousType: false } && SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly) &&
                    type.ContainingNamespace.ToDisplayString() is var to && to != from)
                {
                    used.Add(to);
                }
            }
        }

        return new NamespaceGraph(uses.ToDictionary(u => u.Key, u => (IReadOnlySet<string>)u.Value));
    }

    /// <summary>Every cycle, as the namespaces of one strongly connected component (Tarjan's algorithm), in order of name.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cycles(IReadOnlyDictionary<string, IReadOnlySet<string>> uses)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var cycles = new List<IReadOnlyList<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var next in uses.GetValueOrDefault(node) ?? new HashSet<string>())
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    component.Add(member);
                } while (member != node);

                if (component.Count > 1)
                {
                    cycles.Add(component.Order(StringComparer.Ordinal).ToList());
                }
            }
        }

        foreach (var node in uses.Keys.Order(StringComparer.Ordinal).Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }

        return cycles;
    }

    /// <summary>The project's implicit global usings, as its build wrote them (any configuration's: they are the same).</summary>
    private static string GlobalUsingsOf(string folder) =>
        Directory.EnumerateFiles(Path.Combine(folder, "obj"), "*.GlobalUsings.g.cs", SearchOption.AllDirectories).FirstOrDefault()
        ?? throw new InvalidOperationException($"{folder} has not been built: its global usings are not in obj/.");
}
