export { AnnualListRepository } from './annual-list.repository';
export { SystematisationAssignmentEntity } from './systematisation-assignment.entity';
export { SystematisationCampaignEntity } from './systematisation-campaign.entity';
export { SystematisationRepository, type AgencyProgress, type ResultItem } from './systematisation.repository';
