import { type ProcedureSettings } from '../settings';
import { type Audience, type Procedure, type ProcedureDocType } from '../vocabulary';
import { type Confidence } from './sources';
import { type DeadlineAnchor, type DeadlineRule, type DeadlineStep, type RuleSet } from './types';

interface StepInfo {
  label: string;
  type: DeadlineRule['type'];
  responsible: Audience[];
  escalateTo: Audience[];
}

/**
 * Who answers for each time limit and whose heads hear of a breach. REFERENCE §4.1: an overdue step
 * is escalated to the head of the agency, the office (VP UBND) and the Chairperson, never approved.
 */
const STEP_INFO: Readonly<Record<DeadlineStep, StepInfo>> = {
  consultationPeriod: {
    label: 'Thời gian đăng tải dự thảo để lấy ý kiến (tối thiểu)',
    type: 'notBefore',
    responsible: ['draftingAgency'],
    escalateTo: [],
  },
  consulteeReplies: {
    label: 'Thời hạn Sở Tài chính, Sở Nội vụ, Sở Tư pháp, Sở Khoa học và Công nghệ trả lời',
    type: 'dueBy',
    responsible: ['mandatoryConsultees'],
    escalateTo: ['mandatoryConsultees', 'draftingAgency'],
  },
  dossierToDoj: {
    label: 'Hạn gửi hồ sơ thẩm định đến Sở Tư pháp',
    type: 'dueBy',
    responsible: ['draftingAgency'],
    escalateTo: ['draftingAgency', 'doj', 'office', 'committeeChair'],
  },
  appraisal: {
    label: 'Hạn Sở Tư pháp gửi báo cáo thẩm định',
    type: 'dueBy',
    responsible: ['doj'],
    escalateTo: ['doj', 'draftingAgency', 'office', 'committeeChair'],
  },
  councilSubmission: {
    label: 'Hạn gửi hồ sơ dự thảo nghị quyết đến Hội đồng nhân dân',
    type: 'dueBy',
    responsible: ['draftingAgency', 'office'],
    escalateTo: ['draftingAgency', 'office', 'committeeChair', 'councilStandingCommittee'],
  },
  vetting: {
    label: 'Hạn Ban của Hội đồng nhân dân gửi báo cáo thẩm tra',
    type: 'dueBy',
    responsible: ['councilCommittee'],
    escalateTo: ['councilCommittee', 'councilStandingCommittee'],
  },
  gazette: {
    label: 'Hạn gửi đăng Công báo',
    type: 'dueBy',
    responsible: ['office'],
    escalateTo: ['office', 'doj'],
  },
  nationalDatabase: {
    label: 'Hạn cập nhật vào Cơ sở dữ liệu quốc gia về pháp luật',
    type: 'dueBy',
    responsible: ['doj'],
    escalateTo: ['doj', 'office'],
  },
};

interface RuleValues {
  days: number;
  complexDays?: number;
  unit?: DeadlineRule['unit'];
  anchor: DeadlineAnchor;
  source: string;
  confidence: Confidence;
  setting?: DeadlineRule['setting'];
}

function makeRule(step: DeadlineStep, values: RuleValues, settings: ProcedureSettings): DeadlineRule {
  const info = STEP_INFO[step];
  const reminders =
    info.type === 'notBefore' ? [] : values.anchor.kind === 'after' && values.days <= 3 ? [1] : [settings.reminderLeadWorkingDays];
  return {
    step,
    label: info.label,
    type: info.type,
    days: values.days,
    complexDays: values.complexDays ?? null,
    unit: values.unit ?? 'calendar',
    anchor: values.anchor,
    remindWorkingDaysBefore: reminders,
    responsible: [...info.responsible],
    escalateTo: [...info.escalateTo],
    source: values.source,
    confidence: values.confidence,
    ...(values.setting === undefined ? {} : { setting: values.setting }),
  };
}

export interface DeadlineContext {
  ruleSet: RuleSet;
  docType: ProcedureDocType;
  procedure: Procedure;
  appraisal: boolean;
  settings: ProcedureSettings;
}

const after = (event: Extract<DeadlineAnchor, { kind: 'after' }>['event']): DeadlineAnchor => ({ kind: 'after', event });
const before = (date: Extract<DeadlineAnchor, { kind: 'before' }>['date']): DeadlineAnchor => ({ kind: 'before', date });

function consultationPeriod(ctx: DeadlineContext): RuleValues {
  const { ruleSet, docType, procedure, settings } = ctx;
  if (procedure === 'simplified') {
    return {
      days: settings.simplifiedConsultationMinDays,
      anchor: after('consultationOpened'),
      source: 'REFERENCE §4.5: posting may be skipped or shortened',
      confidence: 'K',
      setting: 'simplifiedConsultationMinDays',
    };
  }
  if (docType === 'CHAIR_DECISION') {
    return { days: 10, anchor: after('consultationOpened'), source: 'Decree 187/2025 Art. 51a (REFERENCE §4.4)', confidence: 'S' };
  }
  if (ruleSet === 'LAW80_63_2020') {
    return { days: 30, anchor: after('consultationOpened'), source: 'REFERENCE §4.1 deadline table (Law 80/2015)', confidence: 'K' };
  }
  return {
    days: settings.consultationMinDays,
    anchor: after('consultationOpened'),
    source: 'REFERENCE §4.1 deadline table, §8.1(2)',
    confidence: 'U',
    setting: 'consultationMinDays',
  };
}

function appraisal(ctx: DeadlineContext): RuleValues {
  const { ruleSet, procedure, settings } = ctx;
  if (procedure === 'simplified' && ruleSet === 'LAW64_87_2025') {
    return {
      days: 7,
      complexDays: 15,
      anchor: after('appraisalRequested'),
      source: 'Decree 187/2025 Art. 59a (REFERENCE §4.1, §4.5)',
      confidence: 'S',
    };
  }
  if (procedure === 'simplified') {
    return {
      days: settings.simplifiedAppraisalDays2020,
      anchor: after('appraisalRequested'),
      source: 'Not in REFERENCE (§8.1)',
      confidence: 'U',
      setting: 'simplifiedAppraisalDays2020',
    };
  }
  if (ruleSet === 'LAW80_63_2020') {
    return { days: 10, anchor: before('committeeMeeting'), source: 'REFERENCE §4.1 deadline table (Law 80/2015)', confidence: 'K' };
  }
  return {
    days: settings.appraisalDays,
    anchor: after('appraisalRequested'),
    source: 'REFERENCE §4.1 deadline table, §8.1(1)',
    confidence: 'U',
    setting: 'appraisalDays',
  };
}

function vetting(ctx: DeadlineContext): RuleValues {
  const { ruleSet, procedure, settings } = ctx;
  if (procedure === 'normal') {
    return {
      days: settings.vettingLeadDays,
      anchor: before('councilSession'),
      source: 'REFERENCE §4.1 deadline table, §8.1(5)',
      confidence: 'U',
      setting: 'vettingLeadDays',
    };
  }
  if (ruleSet === 'LAW64_87_2025') {
    return {
      days: 7,
      complexDays: 15,
      anchor: after('councilSubmitted'),
      source: 'Decree 187/2025 Mục 6 (REFERENCE §1, §4.1)',
      confidence: 'S',
    };
  }
  return {
    days: settings.simplifiedVettingDays2020,
    anchor: after('councilSubmitted'),
    source: 'Not in REFERENCE (§8.1)',
    confidence: 'U',
    setting: 'simplifiedVettingDays2020',
  };
}

/** The time limits of one (rule set, document type, procedure), in the order they arise. */
export function deadlineRules(ctx: DeadlineContext): DeadlineRule[] {
  const { ruleSet, docType, procedure, settings } = ctx;
  const rules: DeadlineRule[] = [makeRule('consultationPeriod', consultationPeriod(ctx), settings)];
  if (docType === 'CHAIR_DECISION') {
    rules.push(
      makeRule(
        'consulteeReplies',
        {
          days: procedure === 'simplified' ? 3 : 7,
          anchor: after('consulteesRequested'),
          source: 'Decree 187/2025 Art. 51a (REFERENCE §4.1 deadline table, §4.4)',
          confidence: 'S',
        },
        settings,
      ),
    );
  }
  if (ctx.appraisal && procedure === 'normal' && docType !== 'CHAIR_DECISION') {
    rules.push(
      makeRule(
        'dossierToDoj',
        ruleSet === 'LAW80_63_2020'
          ? { days: 20, anchor: before('committeeMeeting'), source: 'REFERENCE §4.1 deadline table (Law 80/2015)', confidence: 'K' }
          : {
              days: settings.dossierToDojLeadDays,
              anchor: before('committeeMeeting'),
              source: 'REFERENCE §4.1 deadline table, §8.1(1)',
              confidence: 'U',
              setting: 'dossierToDojLeadDays',
            },
        settings,
      ),
    );
  }
  if (ctx.appraisal) rules.push(makeRule('appraisal', appraisal(ctx), settings));
  if (docType === 'COUNCIL_RESOLUTION') {
    if (procedure === 'normal') {
      rules.push(
        makeRule(
          'councilSubmission',
          {
            days: settings.councilSubmissionLeadDays,
            anchor: before('councilSession'),
            source: 'REFERENCE §4.1 deadline table, §8.1(5)',
            confidence: 'U',
            setting: 'councilSubmissionLeadDays',
          },
          settings,
        ),
      );
    }
    rules.push(makeRule('vetting', vetting(ctx), settings));
  }
  rules.push(
    makeRule(
      'gazette',
      ruleSet === 'LAW64_87_2025'
        ? { days: 3, anchor: after('issued'), source: 'Law 64/2025 Art. 9(1) (REFERENCE §4.6)', confidence: 'C' }
        : {
            days: 7,
            anchor: after('issued'),
            source: 'Law 80/2015 Art. 150(4) (REFERENCE §4.6); counted from receipt by the gazette, approximated by the issue date',
            confidence: 'C',
          },
      settings,
    ),
    makeRule(
      'nationalDatabase',
      {
        days: settings.nationalDatabaseWorkingDays,
        unit: 'working',
        anchor: after('issued'),
        source: 'Decree 52/2015 (REFERENCE §4.6, §8.1(12))',
        confidence: 'S',
        setting: 'nationalDatabaseWorkingDays',
      },
      settings,
    ),
  );
  return rules;
}
