import { SystematisationRepository, type SystematisationCampaignEntity } from '@legis/db';
import { vietnameseDate } from '@legis/domain';
import { systematisationWorkflowId, type AgencyCount, type SystematisationActivities } from '@legis/workflows/contracts';
import { ApplicationFailure } from '@temporalio/activity';
import type { ActivityDependencies } from '../activity-dependencies';

/** The activities of systematisation campaigns: paged reads and writes in PostgreSQL, counts back. */
export function createSystematisationActivities(deps: ActivityDependencies): SystematisationActivities {
  const campaigns = new SystematisationRepository(deps.dataSource);
  const campaignOf = async (campaignId: string) => {
    const campaign = await campaigns.findCampaign(campaignId);
    if (!campaign) throw ApplicationFailure.nonRetryable(`No systematisation campaign ${campaignId}`, 'CAMPAIGN_NOT_FOUND');
    return campaign;
  };
  const agencyCounts = async (campaignId: string): Promise<{ total: number; answered: number; agencies: AgencyCount[] }> => {
    const progress = await campaigns.progress(campaignId);
    const agencies = progress.map(({ agencyId, total, answered }) => ({ agencyId, total, answered }));
    return { total: sum(agencies, 'total'), answered: sum(agencies, 'answered'), agencies };
  };

  return {
    async gatherSystematisationBatch({ campaignId, afterId, limit }) {
      const campaign = await campaignOf(campaignId);
      return campaigns.gatherBatch(campaign, afterId, limit, await fallbackAgency(deps, campaign));
    },

    async dispatchSystematisation({ campaignId }) {
      const campaign = await campaignOf(campaignId);
      const counts = await agencyCounts(campaignId);
      await campaigns.setPhase(campaignId, 'REVIEWING', { total: counts.total, answered: counts.answered });
      for (const agency of counts.agencies) {
        await deps.notifications.create({
          recipient: agency.agencyId ? { role: 'drafter', agencyId: agency.agencyId } : { role: 'admin' },
          kind: 'action',
          title: `Rà soát văn bản phục vụ hệ thống hóa kỳ ${campaign.cycleLabel}`,
          body:
            `Cơ quan được giao rà soát ${agency.total} văn bản đến thời điểm hệ thống hóa ${vietnameseDate(campaign.referenceDate)} ` +
            `(kế hoạch ${campaign.planRef}). Ghi kết quả từng văn bản: POST /api/v1/systematisation/campaigns/${campaignId}/results.`,
          entityType: 'systematisationCampaign',
          entityId: campaignId,
          workflowId: systematisationWorkflowId(campaignId),
          idempotencyKey: `${systematisationWorkflowId(campaignId)}:assigned:${agency.agencyId ?? 'none'}`,
        });
      }
      return { total: counts.total, agencies: counts.agencies };
    },

    async systematisationProgress({ campaignId }) {
      const counts = await agencyCounts(campaignId);
      await campaigns.updateCampaign(campaignId, { answered: counts.answered });
      return counts;
    },

    async beginSystematisationClassification({ campaignId, close }) {
      await campaigns.setPhase(campaignId, 'CLASSIFYING', close ? { closedBy: close.by, closeReason: close.reason } : {});
    },

    async classifySystematisationBatch({ campaignId, afterId, limit }) {
      return campaigns.classifyBatch(await campaignOf(campaignId), afterId, limit);
    },

    async completeSystematisation({ campaignId }) {
      const listCounts = await campaigns.listCounts(campaignId);
      const { answered } = await campaigns.answeredCount(campaignId);
      await campaigns.setPhase(campaignId, 'COMPLETED', { listCounts, answered, completedAt: () => 'now()' });
      return { listCounts };
    },
  };
}

/** Who reviews documents with no drafting agency on record: the campaign's lead, else the Department of Justice. */
async function fallbackAgency(deps: ActivityDependencies, campaign: SystematisationCampaignEntity): Promise<string | null> {
  return campaign.leadAgencyId ?? (await deps.identity.findAgencyByCode(deps.procedures.justiceAgencyCode))?.id ?? null;
}

const sum = (agencies: AgencyCount[], key: 'total' | 'answered') => agencies.reduce((total, agency) => total + agency[key], 0);
