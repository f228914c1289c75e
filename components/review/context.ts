import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { browserReviewServices, type ReviewServices } from '../../lib/adapters/review-services';

/**
 * The review feature's own services (earlier versions, export preferences), provided by the page
 * like the panel's `EnvContext`; tests provide fakes. A page that provides none (the panel, until
 * it wires them) gets the same adapters on its own storage.
 */
export const ReviewContext = createContext<ReviewServices | null>(null);

export function useReviewServices(): ReviewServices {
  return useContext(ReviewContext) ?? browserReviewServices();
}
