using System.Data.Common;

namespace KpiActors.Silo.Storage;

public static class DbCommandExtensions
{
    /// <summary>Adds a named parameter; see <see cref="ToDbValue"/> for how values are stored.</summary>
    public static DbCommand AddParameter(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = ToDbValue(value);
        command.Parameters.Add(parameter);
        return command;
    }

    /// <summary>A value as a parameter carries it: null as DBNull, instants in UTC, as PostgreSQL's timestamptz requires.</summary>
    public static object ToDbValue(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset instant => instant.ToUniversalTime(),
        _ => value,
    };
}
