using KpiActors.Silo.Storage;

namespace KpiActors.Silo.Clustering;

/// <summary>
/// The tables and statements behind Orleans' ADO.NET clustering (Microsoft.Orleans.Clustering.AdoNet, invariant
/// Npgsql), written for this project from the provider's contract: it reads its statements by key from a table named
/// OrleansQuery, binds parameters by name (@DeploymentId is the cluster id, a silo is @Address, @Port, @Generation),
/// reads result columns by name, and takes a one-column count as true when above zero. The membership table is
/// guarded by one version per cluster: a change applies only at the version the silo read, and bumps it in the same
/// statement, so two silos that change membership at once cannot both succeed.
/// </summary>
public static class ClusterMembershipSchema
{

    // Columns as the provider reads them, whichever statement reads a silo.
    private const string SiloColumns = """
        v.version AS "Version", m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
        m.silo_name AS "SiloName", m.host_name AS "HostName", m.status AS "Status", m.proxy_port AS "ProxyPort",
        m.suspect_times AS "SuspectTimes", m.start_time AS "StartTime", m.i_am_alive_time AS "IAmAliveTime"
        """;

    // The first step of every change: it takes the version row's lock, so a concurrent change waits and then finds
    // the version moved on; what follows selects from it, so nothing changes unless the version matched.
    private const string BumpVersion = """
        WITH bumped AS (
                UPDATE orleans_membership_version SET version = version + 1, changed_at = now()
                WHERE deployment_id = @DeploymentId AND version = @Version
                RETURNING deployment_id
            )
        """;

    // Active, in Orleans' SiloStatus.
    private const int Active = 3;

    private static readonly string Sql = $"""
        CREATE TABLE OrleansQuery (
            QueryKey VARCHAR(64) PRIMARY KEY,
            QueryText TEXT NOT NULL
        );
        CREATE TABLE orleans_membership_version (
            deployment_id TEXT PRIMARY KEY,
            version INTEGER NOT NULL DEFAULT 0,
            changed_at TIMESTAMPTZ NOT NULL DEFAULT now()
        );
        CREATE TABLE orleans_membership (
            deployment_id TEXT NOT NULL,
            address TEXT NOT NULL,
            port INTEGER NOT NULL,
            generation INTEGER NOT NULL,
            silo_name TEXT NOT NULL,
            host_name TEXT NOT NULL,
            status INTEGER NOT NULL,
            proxy_port INTEGER NULL,
            suspect_times TEXT NULL,
            start_time TIMESTAMPTZ NOT NULL,
            i_am_alive_time TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (deployment_id, address, port, generation)
        );
        INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
        ('InsertMembershipVersionKey', $q$
            WITH created AS (
                INSERT INTO orleans_membership_version (deployment_id) VALUES (@DeploymentId)
                ON CONFLICT (deployment_id) DO NOTHING
                RETURNING 1
            )
            SELECT COUNT(*)::int FROM created
        $q$),
        ('InsertMembershipKey', $q$
            {BumpVersion}, inserted AS (
                INSERT INTO orleans_membership (deployment_id, address, port, generation, silo_name, host_name, status,
                                                proxy_port, start_time, i_am_alive_time)
                SELECT deployment_id, @Address, @Port, @Generation, @SiloName, @HostName, @Status,
                       @ProxyPort, @StartTime, @IAmAliveTime
                FROM bumped
                RETURNING 1
            )
            SELECT COUNT(*)::int FROM inserted
        $q$),
        ('UpdateMembershipKey', $q$
            {BumpVersion}, updated AS (
                UPDATE orleans_membership AS m
                SET status = @Status, suspect_times = @SuspectTimes, i_am_alive_time = @IAmAliveTime
                FROM bumped
                WHERE m.deployment_id = bumped.deployment_id
                  AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
                RETURNING 1
            )
            SELECT COUNT(*)::int FROM updated
        $q$),
        ('UpdateIAmAlivetimeKey', $q$
            UPDATE orleans_membership SET i_am_alive_time = @IAmAliveTime
            WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation
        $q$),
        ('MembershipReadAllKey', $q$
            SELECT {SiloColumns}
            FROM orleans_membership_version AS v
            LEFT JOIN orleans_membership AS m ON m.deployment_id = v.deployment_id
            WHERE v.deployment_id = @DeploymentId
        $q$),
        ('MembershipReadRowKey', $q$
            SELECT {SiloColumns}
            FROM orleans_membership_version AS v
            LEFT JOIN orleans_membership AS m ON m.deployment_id = v.deployment_id
                AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
            WHERE v.deployment_id = @DeploymentId
        $q$),
        ('GatewaysQueryKey', $q$
            SELECT address AS "Address", proxy_port AS "ProxyPort", generation AS "Generation"
            FROM orleans_membership
            WHERE deployment_id = @DeploymentId AND status = @Status AND proxy_port > 0
        $q$),
        ('DeleteMembershipTableEntriesKey', $q$
            DELETE FROM orleans_membership WHERE deployment_id = @DeploymentId;
            DELETE FROM orleans_membership_version WHERE deployment_id = @DeploymentId;
        $q$),
        ('CleanupDefunctSiloEntriesKey', $q$
            DELETE FROM orleans_membership
            WHERE deployment_id = @DeploymentId AND i_am_alive_time < @IAmAliveTime AND status <> {Active}
        $q$);
        """;

    /// <summary>On PostgreSQL the nodes form one cluster through these tables; SQLite runs one silo with localhost clustering and needs none.</summary>
    public static SchemaPart Part { get; } = new("cluster-membership",
    [
        new(1, "Orleans cluster membership", db => db.Provider == StorageProvider.Postgres ? Sql : ""),
    ], StepsInSchema9: 1);
}
