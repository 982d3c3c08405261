import { DomainError } from '../../../errors';
import { CONSULTEE_LABELS, MANDATORY_CONSULTEES } from '../../vocabulary';
import { type ActionHandler } from '../handler';
import { LIMITS } from '../limits';
import { PayloadReader } from '../payload-reader';
import { notify } from '../transition';

/**
 * A Chair decision is sent for opinion to the departments of finance, home affairs, justice and
 * science and technology, who reply within 7 days (3 in the simplified procedure) (REFERENCE §4.4).
 */
export const requestConsulteeOpinions: ActionHandler = ({ state, book, at, payload }) => {
  const reader = new PayloadReader(payload);
  const requestRef = reader.text('requestRef', LIMITS.refMax);
  reader.throwIfInvalid();
  const rules = book.mandatoryConsultation!;
  const next = {
    ...state,
    mandatoryConsultation: {
      requestedOn: at.date,
      requestRef,
      replyDays: rules.replyDays,
      replies: rules.consultees.map((consultee) => ({ consultee, replyRef: null, on: null })),
      deadlinePassed: false,
    },
  };
  return {
    next,
    effects: [notify(next, ['mandatoryConsultees'], 'requestConsulteeOpinions', { requestRef, replyDays: rules.replyDays })],
    summary: `Opinions requested from ${rules.consultees.map((consultee) => CONSULTEE_LABELS[consultee]).join(', ')} (reply within ${rules.replyDays} days)`,
    ref: requestRef,
  };
};

/** A consultee's written reply; the Department of Justice may file its own, the drafting agency any. */
export const recordConsulteeReply: ActionHandler = ({ state, performer, at, payload }) => {
  const reader = new PayloadReader(payload);
  const consultee = reader.choice('consultee', MANDATORY_CONSULTEES);
  const replyRef = reader.text('replyRef', LIMITS.refMax);
  const consultation = state.mandatoryConsultation!;
  if (consultation.replies.some((reply) => reply.consultee === consultee && reply.replyRef !== null)) {
    reader.fail('consultee', `the reply of ${CONSULTEE_LABELS[consultee]} is already recorded`);
  }
  reader.throwIfInvalid();
  if (performer === 'doj' && consultee !== 'justice') {
    throw new DomainError('forbidden', 'ACTION_FORBIDDEN', 'The Department of Justice records only its own reply.', {
      extensions: { action: 'recordConsulteeReply', consultee },
    });
  }
  const replies = consultation.replies.map((reply) => (reply.consultee === consultee ? { ...reply, replyRef, on: at.date } : reply));
  return {
    next: { ...state, mandatoryConsultation: { ...consultation, replies } },
    effects: [],
    summary: `Reply of ${CONSULTEE_LABELS[consultee]} recorded`,
    ref: replyRef,
  };
};
