using System.Data.Common;
using KpiActors.Silo.Storage;

namespace KpiActors.Api.Notifications;

/// <summary>Subscriptions and the (province, indicator) pairs each covers. A removed one is kept, marked, for the deliveries that name it.</summary>
public sealed class SqlSubscriptionStore(Database database, WebhookSecrets secrets)
{
    public async Task AddAsync(Subscription subscription, string? secret, string ownerKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO subscriptions (id, channel, target, digest_hour, secret, owner_key, created_by, created_at)
                VALUES (@id, @channel, @target, @hour, @secret, @owner, @by, @at)
                """;
            insert.AddParameter("id", subscription.Id);
            insert.AddParameter("channel", subscription.Channel);
            insert.AddParameter("target", subscription.Target);
            insert.AddParameter("hour", subscription.DigestHour);
            insert.AddParameter("secret", secret is null ? null : secrets.Seal(subscription.Id, secret));
            insert.AddParameter("owner", ownerKey);
            insert.AddParameter("by", subscription.CreatedBy);
            insert.AddParameter("at", subscription.CreatedAt);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var cover = connection.CreateCommand())
        {
            cover.Transaction = transaction;
            cover.CommandText = "INSERT INTO subscription_coverage (province, indicator, subscription_id) VALUES (@province, @indicator, @id)";
            var province = cover.CreateParameter();
            province.ParameterName = "province";
            var indicator = cover.CreateParameter();
            indicator.ParameterName = "indicator";
            cover.Parameters.Add(province);
            cover.Parameters.Add(indicator);
            cover.AddParameter("id", subscription.Id);
            foreach (var p in subscription.Provinces)
            {
                foreach (var i in subscription.Indicators)
                {
                    (province.Value, indicator.Value) = (p, i);
                    await cover.ExecuteNonQueryAsync(cancellationToken);
                }
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Those not removed, oldest first: every one, or only those made with the key <paramref name="ownerKey"/>.</summary>
    public async Task<IReadOnlyList<Subscription>> ListAsync(string? ownerKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT s.id, s.channel, s.target, s.digest_hour, s.created_by, s.created_at, c.province, c.indicator
            FROM subscriptions s JOIN subscription_coverage c ON c.subscription_id = s.id
            WHERE s.deleted_at IS NULL {(ownerKey is null ? "" : "AND s.owner_key = @owner")}
            ORDER BY s.created_at, s.id
            """;
        if (ownerKey is not null)
        {
            command.AddParameter("owner", ownerKey);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(Subscription Head, string Province, string Indicator)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            int? hour = reader.IsDBNull(3) ? null : reader.GetInt32(3);
            var head = new Subscription(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), [], [], hour is null ? DeliveryModes.Immediate : DeliveryModes.Digest, hour,
                reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(5));
            rows.Add((head, reader.GetString(6), reader.GetString(7)));
        }

        return rows.GroupBy(r => r.Head.Id).Select(g => g.First().Head with
        {
            Provinces = g.Select(r => r.Province).Distinct().Order(StringComparer.Ordinal).ToList(),
            Indicators = g.Select(r => r.Indicator).Distinct().Order(StringComparer.Ordinal).ToList(),
        }).ToList();
    }

    /// <summary>Marks it removed: nothing more is sent for it, what it was sent stays visible. False when there is none to remove.</summary>
    /// <param name="ownerKey">Only a subscription made with this key; null for any (an admin).</param>
    public async Task<bool> RemoveAsync(string id, string? ownerKey, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE subscriptions SET deleted_at = @at WHERE id = @id AND deleted_at IS NULL {(ownerKey is null ? "" : "AND owner_key = @owner")}";
        command.AddParameter("id", id);
        command.AddParameter("at", at);
        if (ownerKey is not null)
        {
            command.AddParameter("owner", ownerKey);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    /// <summary>The subscriptions covering a (province, indicator), with their digest hour (null: immediate); inside the caller's transaction.</summary>
    internal static async Task<IReadOnlyList<(string Id, int? DigestHour)>> CoveringAsync(
        DbConnection connection, DbTransaction transaction, string province, string indicator, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT s.id, s.digest_hour FROM subscription_coverage c JOIN subscriptions s ON s.id = c.subscription_id
            WHERE c.province = @province AND c.indicator = @indicator AND s.deleted_at IS NULL
            ORDER BY s.id
            """;
        command.AddParameter("province", province);
        command.AddParameter("indicator", indicator);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var covering = new List<(string, int?)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            covering.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetInt32(1)));
        }

        return covering;
    }

    /// <summary>
    /// Seals with the current key the secrets stored before Notifications:SecretKey was set or sealed with one of
    /// Notifications:PreviousSecretKeys: how many, and how many no key of this node opens. Each is replaced only if it is
    /// still the one read, so nodes starting together reseal each once.
    /// </summary>
    public async Task<(int Resealed, int Unreadable)> ResealStoredSecretsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var replacements = new List<(string Id, string Stored, string Resealed)>();
        var unreadable = 0;
        await using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT id, secret FROM subscriptions WHERE secret IS NOT NULL";
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var (id, stored) = (reader.GetString(0), reader.GetString(1));
                if (!secrets.TryReseal(id, stored, out var resealed))
                {
                    unreadable++;
                }
                else if (resealed is not null)
                {
                    replacements.Add((id, stored, resealed));
                }
            }
        }

        var resealedCount = 0;
        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE subscriptions SET secret = @resealed WHERE id = @id AND secret = @stored";
        foreach (var (id, stored, resealed) in replacements)
        {
            update.Parameters.Clear();
            update.AddParameter("resealed", resealed).AddParameter("id", id).AddParameter("stored", stored);
            resealedCount += await update.ExecuteNonQueryAsync(cancellationToken);
        }

        return (resealedCount, unreadable);
    }
}
