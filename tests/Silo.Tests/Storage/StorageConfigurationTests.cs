using KpiActors.Silo.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KpiActors.Silo.Tests.Storage;

public sealed class StorageConfigurationTests
{
    [Fact]
    public void With_no_storage_configuration_the_database_is_the_sqlite_file_under_data()
    {
        using var services = Build([]);

        var database = Assert.IsType<SqliteDatabase>(services.GetRequiredService<Database>());
        Assert.Equal("data/kpi.db", database.DataSource);
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("PostgreSQL")]
    public async Task The_postgres_provider_with_a_kpi_connection_string_gives_a_postgres_database(string provider)
    {
        // PostgresDatabase is only asynchronously disposable, and the container owns it.
        await using var services = Build(new()
        {
            ["Storage:Provider"] = provider,
            ["ConnectionStrings:Kpi"] = "Host=db.example;Port=5433;Database=kpi;Username=kpi",
        });

        var database = Assert.IsType<PostgresDatabase>(services.GetRequiredService<Database>());
        Assert.Equal("PostgreSQL db.example:5433/kpi", database.Describe());
    }

    [Fact]
    public void The_postgres_provider_without_a_kpi_connection_string_is_rejected()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["Storage:Provider"] = "postgres" }));

        Assert.Equal("Storage:Provider is postgres but ConnectionStrings:Kpi is not set.", error.Message);
    }

    [Fact]
    public void An_unknown_provider_is_rejected_with_a_message_naming_it_and_the_known_ones()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["Storage:Provider"] = "oracle" }));

        Assert.Equal("Storage:Provider 'oracle' is not known: use sqlite or postgres.", error.Message);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddKpiStorage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider();
    }
}
