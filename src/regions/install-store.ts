import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { RegionRegistry } from './registry.js';

/** Bolt's installation store, backed by the region registry: an install creates or reactivates a region. */
export function registryInstallationStore(registry: RegionRegistry, onChange: (teamId: string) => void): InstallationStore {
  return {
    async storeInstallation(installation: Installation) {
      const teamId = installation.team?.id;
      const botToken = installation.bot?.token;
      if (!teamId || !botToken) throw new Error('install without a workspace or a bot token (org-wide installs are not supported)');
      await registry.install({
        teamId,
        teamName: installation.team?.name,
        enterpriseId: installation.enterprise?.id,
        botToken,
        botUserId: installation.bot?.userId,
        botId: installation.bot?.id,
        installerUserId: installation.user?.id,
        expiresAt: installation.bot?.expiresAt ? installation.bot.expiresAt * 1000 : undefined,
        refreshToken: installation.bot?.refreshToken,
      });
      onChange(teamId);
    },
    async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation<'v2', boolean>> {
      const row = query.teamId ? await registry.activeByTeam(query.teamId) : undefined;
      if (!row) throw new Error(`no active region for team ${query.teamId ?? '(none)'}`);
      return {
        team: { id: row.team_id!, name: row.region },
        enterprise: row.enterprise_id ? { id: row.enterprise_id } : undefined,
        user: { id: row.installer_user_id ?? '', token: undefined, scopes: undefined },
        bot: {
          token: row.slack_token!,
          userId: row.bot_user_id ?? '',
          id: row.bot_id ?? '',
          scopes: [],
          refreshToken: row.refresh_token ?? undefined,
          expiresAt: row.token_expires_at ? Math.floor(row.token_expires_at / 1000) : undefined,
        },
        tokenType: 'bot',
        isEnterpriseInstall: false,
        authVersion: 'v2',
      } as Installation<'v2', boolean>;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      if (query.teamId) {
        await registry.deactivate(query.teamId);
        onChange(query.teamId);
      }
    },
  };
}
