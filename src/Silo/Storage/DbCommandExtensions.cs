using System.Data.Common;

namespace KpiActors.Silo.Storage;

public static class DbCommandExtensions
{
    /// <summary>Adds a named parameter; instants are stored in UTC, as PostgreSQL's timestamptz requires.</summary>
    public static DbCommand AddParameter(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value switch
        {
            null => DBNull.Value,
            DateTimeOffset instant => instant.ToUniversalTime(),
            _ => value,
        };
        command.Parameters.Add(parameter);
        return command;
    }
}
